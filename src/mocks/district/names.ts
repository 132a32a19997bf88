/**
 * Made-up name parts for the synthetic district, grouped by the family's language.
 * Any resemblance to a real person is chance: first and last names are combined at random.
 */
export interface NameBank {
  given: readonly string[];
  family: readonly string[];
}

export const ENGLISH_NAMES: NameBank = {
  given: [
    'Dennis', 'Ana', 'Olivia', 'Liam', 'Amara', 'Noah', 'Priya', 'Ethan', 'Aisha', 'Mason',
    'Grace', 'Darnell', 'Chloe', 'Omar', 'Hannah', 'Kenji', 'Zoe', 'Malik', 'Ruth', 'Arjun',
    'Leah', 'Samuel', 'Imani', 'Caleb', 'Mei', 'Jonah', 'Fatima', 'Wyatt', 'Nadia', 'Isaac',
    'Bridget', 'Tobias', 'Keisha', 'Declan', 'Yara', 'Felix', 'Ingrid', 'Kofi', 'Siobhan', 'Rafael',
    'Eleanor', 'Hassan', 'Maeve', 'Theo', 'Naomi', 'Andre', 'Sora', 'Quinn', 'Dalia', 'Marcus',
  ],
  family: [
    'Anderson', 'Okafor', 'Patel', 'Nguyen-Smith', 'Johnson', 'Kowalski', 'Brennan', 'Haddad',
    'Williams', 'Tanaka', 'Ellis', 'Mensah', 'Fischer', 'Abernathy', 'Singh', 'Delacroix',
    'Morrison', 'Chen', 'Osei', 'Lindqvist', 'Carter', 'Rahman', 'Whitfield', 'Ivanova',
    'Barnes', 'Kim', 'Achebe', 'Sullivan', 'Moreau', 'Holloway', 'Yilmaz', 'Pryce',
  ],
};

export const SPANISH_NAMES: NameBank = {
  given: [
    'José', 'María', 'Ana', 'Jesús', 'Lucía', 'Andrés', 'Sofía', 'Martín', 'Inés', 'Raúl',
    'Ximena', 'Joaquín', 'Valentina', 'Óscar', 'Camila', 'Iván', 'Renata', 'Tomás', 'Begoña', 'Héctor',
    'Mónica', 'Julián', 'Araceli', 'Ramón', 'Paola', 'Nicolás', 'Verónica', 'Sebastián',
  ],
  family: [
    'Núñez', 'García', 'Hernández', 'Muñoz', 'Peña', 'Ibáñez', 'Rodríguez', 'Castañeda',
    'Gómez', 'López', 'Martínez', 'Sánchez', 'Ordóñez', 'Jiménez', 'Galván', 'Cortés',
    'Ríos', 'Vázquez', 'Benítez', 'Alcántara',
  ],
};

export const VIETNAMESE_NAMES: NameBank = {
  given: [
    'Minh', 'Linh', 'Huy', 'Thảo', 'Anh', 'Quang', 'Ngọc', 'Tuấn', 'Hương', 'Đức',
    'Phương', 'Khoa', 'Trang', 'Bảo', 'Thủy', 'Long', 'Vy', 'Hải', 'Mai', 'Dũng',
  ],
  family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'],
};

/** Name bank by language tag. */
export const NAME_BANKS: Readonly<Record<'en' | 'es' | 'vi', NameBank>> = {
  en: ENGLISH_NAMES,
  es: SPANISH_NAMES,
  vi: VIETNAMESE_NAMES,
};

export const STAFF_JOB_TITLES = [
  'Teacher', 'Teacher', 'Teacher', 'Teacher', 'Counselor', 'Nurse', 'Attendance Clerk',
  'Principal', 'Assistant Principal', 'Librarian', 'Food Service Manager', 'Coach',
] as const;

/** Made-up school names by grade band. */
export const SCHOOL_NAMES = {
  elementary: ['Riverbend Elementary', 'Maple Ridge Elementary', 'Willow Creek Elementary', 'Juniper Flats Elementary'],
  middle: ['Cedar Hollow Middle School', 'Sunset Valley Middle School', 'Granite Park Middle School'],
  high: ['Lakeview High School', 'North Prairie High School', 'Harbor Point High School'],
} as const;

const slugs = new Map<string, string>();

/** Lower-case ASCII form of a name, for email local parts ("Núñez" → "nunez"). */
export function asciiSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) slugs.set(name, (slug = slugify(name)));
  return slug;
}

function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Message texts of the synthetic conversations, each in English, Spanish and Vietnamese,
 * so replies can arrive in a family's language with a translation for the reader.
 */
export interface Phrase {
  en: string;
  es: string;
  vi: string;
}

export const STAFF_OPENERS: readonly Phrase[] = [
  {
    en: 'Hello! Just a reminder that the field trip permission slip is due Friday.',
    es: '¡Hola! Les recordamos que el permiso para la excursión se entrega el viernes.',
    vi: 'Xin chào! Xin nhắc rằng giấy phép cho chuyến đi thực tế cần nộp trước thứ Sáu.',
  },
  {
    en: 'Could we find a time this week to talk about reading progress?',
    es: '¿Podríamos buscar un momento esta semana para hablar del progreso en lectura?',
    vi: 'Chúng ta có thể tìm thời gian trong tuần này để nói về tiến bộ đọc không?',
  },
  {
    en: 'The science fair projects will be on display Thursday evening. Everyone is welcome.',
    es: 'Los proyectos de la feria de ciencias se exhibirán el jueves por la tarde. Todos son bienvenidos.',
    vi: 'Các dự án hội chợ khoa học sẽ được trưng bày vào tối thứ Năm. Mọi người đều được chào đón.',
  },
  {
    en: 'Practice is moved to the gym today because of the rain.',
    es: 'Hoy el entrenamiento será en el gimnasio por la lluvia.',
    vi: 'Hôm nay buổi tập được chuyển vào phòng thể dục vì trời mưa.',
  },
  {
    en: 'Thank you for volunteering at the book fair!',
    es: '¡Gracias por ayudar como voluntario en la feria del libro!',
    vi: 'Cảm ơn quý vị đã tình nguyện tại hội sách!',
  },
  {
    en: 'Picture day is next Tuesday. Order forms went home in backpacks.',
    es: 'El día de fotos es el próximo martes. Los formularios se enviaron en las mochilas.',
    vi: 'Ngày chụp ảnh là thứ Ba tới. Mẫu đặt hàng đã được gửi về trong cặp sách.',
  },
];

export const FAMILY_REPLIES: readonly Phrase[] = [
  {
    en: 'Thank you, we will send it tomorrow.',
    es: 'Gracias, lo enviaremos mañana.',
    vi: 'Cảm ơn cô, chúng tôi sẽ gửi vào ngày mai.',
  },
  {
    en: 'Tuesday after 3:30 works for us.',
    es: 'El martes después de las 3:30 nos viene bien.',
    vi: 'Thứ Ba sau 3 giờ 30 thì chúng tôi được.',
  },
  {
    en: 'Is there anything we should practice at home?',
    es: '¿Hay algo que debamos practicar en casa?',
    vi: 'Chúng tôi có nên luyện tập gì ở nhà không?',
  },
  {
    en: 'Got it, thanks for letting us know.',
    es: 'Entendido, gracias por avisarnos.',
    vi: 'Đã rõ, cảm ơn đã cho chúng tôi biết.',
  },
  {
    en: 'We will be there!',
    es: '¡Allí estaremos!',
    vi: 'Chúng tôi sẽ có mặt!',
  },
  {
    en: 'Sorry, she was sick yesterday. She is feeling better today.',
    es: 'Disculpe, ayer estuvo enferma. Hoy se siente mejor.',
    vi: 'Xin lỗi, hôm qua cháu bị ốm. Hôm nay cháu đã khỏe hơn.',
  },
];

export const STAFF_FOLLOW_UPS: readonly Phrase[] = [
  {
    en: 'Great, see you then.',
    es: 'Perfecto, nos vemos entonces.',
    vi: 'Tốt quá, hẹn gặp lại.',
  },
  {
    en: 'Reading together for twenty minutes a night helps a lot.',
    es: 'Leer juntos veinte minutos cada noche ayuda mucho.',
    vi: 'Cùng đọc sách hai mươi phút mỗi tối giúp ích rất nhiều.',
  },
  {
    en: 'Thanks for the update. I hope she feels better!',
    es: 'Gracias por avisar. ¡Que se mejore!',
    vi: 'Cảm ơn đã báo. Chúc cháu mau khỏe!',
  },
];

/** Every phrase, for looking up a translation of a known text. */
export const ALL_PHRASES: readonly Phrase[] = [...STAFF_OPENERS, ...FAMILY_REPLIES, ...STAFF_FOLLOW_UPS];

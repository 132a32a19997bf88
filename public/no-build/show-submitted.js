// Shows the values this page was submitted with (the form sends them to the page itself).
const output = document.getElementById('submitted');
const params = new URLSearchParams(location.search);
if ([...params.keys()].length > 0) {
  const list = document.createElement('dl');
  for (const [name, value] of params) {
    const term = document.createElement('dt');
    term.textContent = name;
    const detail = document.createElement('dd');
    detail.textContent = value;
    list.append(term, detail);
  }
  output.replaceChildren(list);
}

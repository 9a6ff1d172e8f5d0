// The chosen items of a kit picker and its search box, as readers reach them by keyboard and screen reader: a text
// input named by its label that suggests every option (a datalist); each chosen item a chip whose remove button is
// reached with Tab and pressed with Enter or Space (or Delete, Backspace); Backspace in the empty search box removes
// the last chosen. Every text (labels, the buttons' names) is computed in Python, in the picker's language; choices
// are sent to Python as messages ({enter: text}, {remove: label}), which decides and sends back `chosen`: each
// chosen item's label and its remove button's name.
// An id unique on the page: anywidget loads this module anew for each widget, so a counter of its own would
// start again at 1 and the labels of two controls would point to the same one.
const uniqueId = (prefix) => `${prefix}-${(globalThis.kitViewIds = (globalThis.kitViewIds ?? 0) + 1)}`;

function render({ model, el }) {
  const id = uniqueId("kit-chooser");
  const label = document.createElement("label");
  const input = document.createElement("input");
  const suggestions = document.createElement("datalist");
  const chips = document.createElement("ul");
  label.htmlFor = id;
  label.className = "kit-chooser-label";
  input.type = "text";
  input.id = id;
  input.autocomplete = "off";
  input.className = "kit-chooser-search";
  input.setAttribute("list", `${id}-options`);
  suggestions.id = `${id}-options`;
  chips.className = "kit-chooser-chosen";
  const search = document.createElement("div");
  search.className = "kit-chooser-row";
  search.append(label, input, suggestions);
  el.append(search, chips);
  let focusAt = null; // after a chip's button removed it: the place whose button (or the search box) takes the focus

  const enter = () => {
    const text = input.value.trim();
    input.value = "";
    if (text) model.send({ enter: text });
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      enter();
    } else if (event.key === "Backspace" && input.value === "") {
      const chosen = model.get("chosen");
      if (chosen.length) {
        event.preventDefault();
        model.send({ remove: chosen[chosen.length - 1][0] });
      }
    }
  });
  input.addEventListener("input", (event) => {
    // a suggestion picked from the list (not typed): it counts at once
    if (event.inputType === "insertReplacementText" || (!event.inputType && model.get("labels").includes(input.value))) {
      enter();
    }
  });

  const showChosen = () => {
    chips.replaceChildren(
      ...model.get("chosen").map(([text, remove], index) => {
        const item = document.createElement("li");
        const name = document.createElement("span");
        const button = document.createElement("button");
        item.className = "kit-chip";
        name.textContent = text;
        button.type = "button";
        button.className = "kit-chip-remove";
        button.textContent = "\u00d7";
        button.setAttribute("aria-label", remove);
        button.title = remove;
        button.addEventListener("click", () => {
          focusAt = index;
          model.send({ remove: text });
        });
        button.addEventListener("keydown", (event) => {
          if (event.key === "Delete" || event.key === "Backspace") {
            event.preventDefault();
            button.click();
          }
        });
        item.append(name, button);
        return item;
      }),
    );
    if (focusAt !== null) {
      const buttons = chips.querySelectorAll("button");
      (buttons[Math.min(focusAt, buttons.length - 1)] ?? input).focus();
      focusAt = null;
    }
  };
  const showTexts = () => {
    label.textContent = model.get("description");
    input.placeholder = model.get("placeholder");
    suggestions.replaceChildren(
      ...model.get("labels").map((text) => Object.assign(document.createElement("option"), { value: text })),
    );
  };
  const listened = [
    ["change:chosen", showChosen],
    ["change:description", showTexts],
    ["change:placeholder", showTexts],
    ["change:labels", showTexts],
  ];
  for (const [event, handler] of listened) model.on(event, handler);
  showTexts();
  showChosen();
  return () => {
    for (const [event, handler] of listened) model.off(event, handler);
  };
}

export default { render };

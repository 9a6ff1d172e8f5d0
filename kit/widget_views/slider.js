// A slider of a kit explorer, as readers reach it by keyboard and screen reader: a native range input named by its
// label, its value read out in the explorer's language (every text is computed in Python: `readouts` holds the
// readout of each step, `readout` that of the value held). Arrow keys, Page Up/Down, Home and End move it; each
// move is sent when it is made (a "change"), as ipywidgets' sliders with `continuous_update=False` send theirs.
// An id unique on the page: anywidget loads this module anew for each widget, so a counter of its own would
// start again at 1 and the labels of two controls would point to the same one.
const uniqueId = (prefix) => `${prefix}-${(globalThis.kitViewIds = (globalThis.kitViewIds ?? 0) + 1)}`;

function render({ model, el }) {
  const id = uniqueId("kit-range");
  const label = document.createElement("label");
  const input = document.createElement("input");
  const output = document.createElement("output");
  label.htmlFor = id;
  label.className = "kit-range-label";
  input.type = "range";
  input.id = id;
  output.setAttribute("for", id);
  output.className = "kit-range-readout";
  const row = document.createElement("div");
  row.className = "kit-range";
  row.append(label, input, output);
  el.append(row);

  const show = (text) => {
    output.textContent = text;
    input.setAttribute("aria-valuetext", text);
  };
  const update = () => {
    label.textContent = model.get("description");
    label.style.width = model.get("label_width");
    input.min = String(model.get("low"));
    input.max = String(model.get("high"));
    input.step = String(model.get("step"));
    input.value = String(model.get("position"));
    input.disabled = model.get("disabled");
    show(model.get("readout"));
  };
  input.addEventListener("input", () => {
    const step = Math.round((Number(input.value) - model.get("low")) / model.get("step"));
    show(model.get("readouts")[step] ?? model.get("readout"));
  });
  // JupyterLab acts on keys that bubble out of a notebook's output (in command mode ArrowLeft and ArrowRight move to
  // the heading before or after): the slider's keys stay with the slider
  input.addEventListener("keydown", (event) => event.stopPropagation());
  input.addEventListener("change", () => {
    model.set("position", Number(input.value));
    model.save_changes();
  });
  model.on("change", update);
  update();
  return () => model.off("change", update);
}

export default { render };

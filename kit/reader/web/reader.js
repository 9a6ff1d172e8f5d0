/* The reader page's explorers, computed in the reader's browser from the tidy data beside the page.
 *
 * The page (written by kit/reader/page.py) holds its configuration (`#kit-reader`, JSON) and the catalog texts it
 * renders (`#kit-reader-messages`, Fluent), in its language; the default view is already written into it. This
 * script wires the controls, computes each new view (the same arithmetic as kit.composite), renders its texts
 * with @fluent/bundle and numbers with Intl (CLDR, as Babel does for the kit), draws the chart in the house
 * style, and keeps the view in the address. `window.kitReader` exposes the formats and the explorers to tests.
 */
"use strict";
(() => {
  const page = JSON.parse(document.getElementById("kit-reader").textContent);
  const language = page.language;
  const bundle = new FluentBundle.FluentBundle(language, { useIsolating: false });
  bundle.addResource(new FluentBundle.FluentResource(document.getElementById("kit-reader-messages").textContent));

  /** A catalog text with its variables filled; a missing text or variable is an error, never a gap. */
  function t(id, args = {}) {
    const message = bundle.getMessage(id);
    if (!message || !message.value) throw new Error(`The reader page has no text ${id}`);
    const problems = [];
    const text = bundle.formatPattern(message.value, args, problems);
    if (problems.length) throw new Error(`The text ${id} could not be filled in: ${problems[0]}`);
    return text;
  }

  /** A text the explorer's configuration gives: plain text, or a message filled from the view's facts. */
  function render(message, facts) {
    if (typeof message === "string") return message;
    const args = { ...facts };
    for (const [variable, fact] of Object.entries(message.aliases)) args[variable] = facts[fact];
    return t(message.id, args);
  }

  // -- numbers, as kit.fmt writes them (house rounding: half up from the number as written) -------------------

  const formats = new Map();
  function numberFormat(least, most) {
    const key = `${least}-${most}`;
    if (!formats.has(key)) {
      formats.set(key, new Intl.NumberFormat(language, {
        minimumFractionDigits: least, maximumFractionDigits: most, roundingMode: "halfExpand",
      }));
    }
    return formats.get(key);
  }
  // String(x) is the shortest decimal that reads back as x (Python's repr gives the same digits); Intl formats
  // a string as that exact decimal, so 2.675 rounds to 2.68 as the kit's Decimal(repr(x)) does.
  const fmt = {
    number: (x, places = 0) => numberFormat(places, places).format(String(x)),
    decimal: (x) => fmt.number(x, 1),
    count: (x) => fmt.number(x, 0),
    trimmed: (x, places) => numberFormat(0, places).format(String(x)),
    ordinal(n) {
      if (language !== "en") return `№\u00a0${n}`;
      const suffix = n % 100 >= 10 && n % 100 <= 20 ? "th" : { 1: "st", 2: "nd", 3: "rd" }[n % 10] || "th";
      return `${n}${suffix}`;
    },
    names(items) {
      if (!items.length) return "";
      if (language === "en") {
        return items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
      }
      return new Intl.ListFormat(language, { style: "long", type: "conjunction" }).format(items);
    },
  };

  // -- the house style (kit/style.py), in CSS pixels ------------------------------------------------------------

  const PT = 96 / 72;
  const INCH = 96;
  const HOUSE = {
    highlight: "#e3120b", context: "#c4c4c4", ink: "#1a1a1a", muted: "#666666", grid: "#e3e3e3",
    font: '"Source Sans Pro", "Source Sans 3", "Helvetica Neue", Helvetica, Arial, sans-serif',
  };
  const ROLES = {
    subject: { mark: HOUSE.highlight, label: HOUSE.highlight, weight: 600 },
    named: { mark: HOUSE.context, label: HOUSE.ink, weight: 600 },
    context: { mark: HOUSE.context, label: HOUSE.muted, weight: 400 },
  };
  const REGULAR = { label: 8.5 * PT, row: 9 * PT, pitch: 0.165 * INCH };
  const COMPACT = { label: 7.5 * PT, row: 7.5 * PT, pitch: 0.125 * INCH };
  const COMPACT_BELOW = 4.5 * INCH;
  const BAR = 0.72;
  const TICK_SPACE = 0.24 * INCH;
  const NUDGE = 3 * PT;
  const ZERO_STROKE = 2 * PT;
  const PANEL_MIN = 1.05 * INCH;
  const PANEL_GAP = 0.14 * INCH;
  const typeAt = (width) => (width < COMPACT_BELOW ? COMPACT : REGULAR);

  const measuring = document.createElement("canvas").getContext("2d");
  function textWidth(text, size, weight = 400) {
    measuring.font = `${weight} ${size}px ${HOUSE.font}`;
    return measuring.measureText(text).width;
  }
  function wrap(text, width, size, weight) {
    const lines = [];
    let line = [];
    for (const word of text.split(/\s+/)) {
      if (line.length && textWidth([...line, word].join(" "), size, weight) > width) {
        lines.push(line.join(" "));
        line = [];
      }
      line.push(word);
    }
    lines.push(line.join(" "));
    return lines;
  }

  const SVG = "http://www.w3.org/2000/svg";
  function svgElement(name, attributes = {}, text) {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    if (text !== undefined) element.textContent = text;
    return element;
  }
  const round = (x) => Math.round(x * 100) / 100;

  /** Ranked bars from a zero baseline, the value axis on top, labels left, value labels right of the bars. */
  function rankedBars(width, rows, scale) {
    const type = typeAt(width);
    const gutter = Math.max(...rows.map((r) => textWidth(r.label, type.row, ROLES[r.role].weight))) + 0.1 * INCH;
    const last = fmt.count(scale.ticks[scale.ticks.length - 1]);
    const right = width - textWidth(last, type.label) / 2;
    const height = rows.length * type.pitch + TICK_SPACE;
    const x = (value) => gutter + (value / scale.max) * (right - gutter);
    const svg = svgElement("svg", { width, height, viewBox: `0 0 ${width} ${height}`, "font-family": HOUSE.font });
    for (const tick of scale.ticks) {
      svg.append(svgElement("line", { x1: round(x(tick)), x2: round(x(tick)), y1: TICK_SPACE, y2: height,
        stroke: HOUSE.grid, "stroke-width": 0.6 * PT }));
      svg.append(svgElement("text", { x: round(x(tick)), y: TICK_SPACE - 0.6 * type.label, "text-anchor": "middle",
        "font-size": type.label, fill: HOUSE.muted }, fmt.count(tick)));
    }
    rows.forEach((row, index) => {
      const role = ROLES[row.role];
      const middle = TICK_SPACE + (index + 0.5) * type.pitch;
      const end = row.value ? x(row.value) : gutter + ZERO_STROKE;
      svg.append(svgElement("rect", { x: round(gutter), y: round(middle - (BAR * type.pitch) / 2),
        width: round(Math.max(end - gutter, 0)), height: round(BAR * type.pitch), fill: role.mark }));
      svg.append(svgElement("text", { x: round(gutter - 4 * PT), y: round(middle), "text-anchor": "end",
        "dominant-baseline": "central", "font-size": type.row, "font-weight": role.weight, fill: role.label }, row.label));
      if (row.valueLabel) {
        svg.append(svgElement("text", { x: round(end + NUDGE), y: round(middle), "dominant-baseline": "central",
          "font-size": type.label, "font-weight": role.weight, fill: role.label }, row.valueLabel));
      }
    });
    svg.append(svgElement("line", { x1: round(gutter), x2: round(gutter), y1: TICK_SPACE, y2: height,
      stroke: HOUSE.ink, "stroke-width": 0.8 * PT }));
    return svg;
  }

  /** Small multiples: a panel of bars per measure, the same rows in each, labels once per line of panels. */
  function barGrid(width, panels, least) {
    const type = typeAt(width);
    const rows = panels[0].bars;
    const gutter = Math.max(...rows.map((r) => textWidth(r.label, type.row, ROLES[r.role].weight))) + 0.1 * INCH;
    const columns = Math.max(1, Math.min(panels.length, Math.floor((width - gutter) / PANEL_MIN)));
    const cell = (width - gutter) / columns;
    const plot = cell - PANEL_GAP;
    const titles = panels.map((p) => wrap(p.title, plot, type.label, 600));
    const lineHeight = type.label * 1.1;
    const titleHeight = Math.max(...titles.map((lines) => lines.length)) * lineHeight + 0.06 * INCH;
    const rowsHeight = rows.length * type.pitch;
    const cellHeight = titleHeight + rowsHeight + PANEL_GAP;
    const height = Math.ceil(panels.length / columns) * cellHeight;
    const room = (bar) => (bar.valueLabel ? textWidth(bar.valueLabel, type.label, ROLES[bar.role].weight) + NUDGE + 0.04 * INCH : 0);
    let end = least;
    for (const panel of panels) {
      for (const bar of panel.bars) end = Math.max(end, (bar.value * plot) / Math.max(plot - room(bar), 0.2 * plot));
    }
    end = end || 1;
    const svg = svgElement("svg", { width, height, viewBox: `0 0 ${width} ${height}`, "font-family": HOUSE.font });
    panels.forEach((panel, index) => {
      const column = index % columns;
      const x0 = gutter + column * cell;
      const top = Math.floor(index / columns) * cellHeight + titleHeight;
      titles[index].forEach((line, number) => {
        svg.append(svgElement("text", { x: round(x0), y: round(top - 3 * PT - (titles[index].length - 1 - number) * lineHeight),
          "font-size": type.label, "font-weight": 600, fill: HOUSE.ink }, line));
      });
      panel.bars.forEach((bar, position) => {
        const role = ROLES[bar.role];
        const middle = top + (position + 0.5) * type.pitch;
        const barEnd = x0 + (bar.value ? (bar.value / end) * plot : ZERO_STROKE);
        svg.append(svgElement("rect", { x: round(x0), y: round(middle - (BAR * type.pitch) / 2),
          width: round(barEnd - x0), height: round(BAR * type.pitch), fill: role.mark }));
        if (column === 0) {
          svg.append(svgElement("text", { x: round(x0 - 4 * PT), y: round(middle), "text-anchor": "end",
            "dominant-baseline": "central", "font-size": type.row, "font-weight": role.weight, fill: role.label }, bar.label));
        }
        if (bar.valueLabel) {
          svg.append(svgElement("text", { x: round(barEnd + NUDGE), y: round(middle), "dominant-baseline": "central",
            "font-size": type.label, "font-weight": role.weight, fill: role.label }, bar.valueLabel));
        }
      });
      svg.append(svgElement("line", { x1: round(x0), x2: round(x0), y1: round(top), y2: round(top + rowsHeight),
        stroke: HOUSE.ink, "stroke-width": 0.8 * PT }));
    });
    return svg;
  }

  // -- data --------------------------------------------------------------------------------------------------

  /** The tidy CSV beside the page (entity,measure,value) as entity -> measure -> value. */
  async function tidyData(address) {
    const response = await fetch(address);
    if (!response.ok) throw new Error(`${address}: ${response.status}`);
    const [header, ...lines] = (await response.text()).trim().split("\n");
    if (header.trim() !== "entity,measure,value") throw new Error(`${address}: not the tidy data the page expects`);
    const values = new Map();
    for (const line of lines) {
      const cut = line.lastIndexOf(",");
      const first = line.indexOf(",");
      const [entity, measure, value] = [line.slice(0, first), line.slice(first + 1, cut), Number(line.slice(cut + 1))];
      if (!values.has(entity)) values.set(entity, new Map());
      values.get(entity).set(measure.replace(/^"|"$/g, "").replace(/""/g, '"'), value);
    }
    return values;
  }

  // -- problems with an address -------------------------------------------------------------------------------

  class AddressProblem extends Error {
    constructor(id, args) {
      super(id);
      this.text = t(id, args);
    }
  }

  // -- explorers ---------------------------------------------------------------------------------------------

  class Explorer {
    constructor(section, config) {
      this.section = section;
      this.config = config;
      this.id = section.id;
      this.plot = section.querySelector(".kit-plot");
      this.table = section.querySelector(".kit-data tbody");
      this.width = 0;
    }
    set(part, text) {
      const element = this.section.querySelector(`.kit-chart-${part}`);
      if (element.textContent !== text) element.textContent = text;
    }
    draw() {
      const width = Math.floor(this.plot.getBoundingClientRect().width);
      if (!width) return;
      this.width = width;
      this.figure.classList.toggle("kit-compact", width < COMPACT_BELOW);
      const drawn = this.chart(width);
      drawn.setAttribute("role", "img");
      drawn.setAttribute("aria-label", this.alt);
      this.plot.replaceChildren(drawn);
      this.plot.style.minHeight = "";
      this.section.dataset.view = String(Number(this.section.dataset.view || 0) + 1);
    }
    get figure() {
      return this.section.querySelector(".kit-figure");
    }
    changed() {
      this.update();
      this.draw();
      address.write();
    }
  }

  class Reweighting extends Explorer {
    constructor(section, config, values) {
      super(section, config);
      this.scores = config.entities.map((e) => config.measures.map((m) => values.get(e.code).get(m.id)));
      this.defaults = Object.fromEntries(config.measures.map((m) => [m.key, m.default]));
      this.sliders = new Map(config.measures.map((m) => [m.key, section.querySelector(`input[data-key="${m.key}"]`)]));
      for (const [key, slider] of this.sliders) {
        slider.addEventListener("input", () => {
          this.weights[key] = Number(slider.value);
          this.changed();
        });
      }
      section.querySelector(".kit-reset").addEventListener("click", () => this.apply({ ...this.defaults }));
      this.weights = { ...this.defaults };
      this.defaultRanks = this.rank(this.defaults);
    }
    /** Scores and competition ranks (ties share the better rank), as kit.composite.CompositeIndex.rank. */
    rank(weights) {
      const shares = this.config.measures.map((m) => weights[m.key]);
      const largest = Math.max(...shares);
      const w = shares.map((share) => share / largest);
      const total = w.reduce((sum, x) => sum + x, 0);
      const scores = this.scores.map((row) => row.reduce((sum, value, k) => sum + value * w[k], 0) / total);
      return this.config.entities.map((entity, i) => ({
        ...entity, score: scores[i], rank: 1 + scores.filter((other) => other > scores[i]).length,
      })).sort((a, b) => a.rank - b.rank || (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
    }
    facts() {
      const subject = this.ranking.find((row) => row.code === this.config.subject);
      const before = this.defaultRanks.find((row) => row.code === this.config.subject).rank;
      const leader = this.ranking[0];
      return {
        subject: subject.name, rank: subject.rank, ordinal: fmt.ordinal(subject.rank), total: this.ranking.length,
        change: Math.abs(before - subject.rank),
        direction: before === subject.rank ? "unchanged" : subject.rank < before ? "higher" : "lower",
        score: fmt.decimal(subject.score),
        weights: this.config.measures.map((m) => `${m.name} ${fmt.trimmed(this.weights[m.key], 2)}`).join(", "),
        leader: leader.name, leader_score: fmt.decimal(leader.score),
      };
    }
    isDefault() {
      return this.config.measures.every((m) => this.weights[m.key] === m.default);
    }
    update() {
      for (const [key, slider] of this.sliders) {
        if (Number(slider.value) !== this.weights[key]) slider.value = String(this.weights[key]);
        slider.closest(".kit-weight").querySelector("output").textContent = fmt.number(this.weights[key], 2);
      }
      // every weight at zero: no score can be computed (kit.composite refuses it too); say so instead of a chart
      this.usable = Object.values(this.weights).some((weight) => weight > 0);
      this.figure.classList.toggle("kit-unusable", !this.usable);
      this.section.querySelector(".kit-weights-status").textContent = this.usable ? "" : t("reader-all-zero");
      if (!this.usable) {
        this.table.replaceChildren();
        return;
      }
      this.ranking = this.rank(this.weights);
      const facts = this.facts();
      const changed = !this.isDefault();
      const m = this.config.messages;
      this.set("title", render(changed ? m.title_reweighted : m.title, facts));
      this.set("subtitle", render(changed ? m.subtitle_reweighted : m.subtitle, facts));
      this.set("note", render(changed ? m.note_reweighted : m.note, facts));
      this.alt = render(m.alt, facts);
      this.table.replaceChildren(...this.ranking.map((row) => tableRow([fmt.count(row.rank), row.name, fmt.decimal(row.score)],
        { code: row.code, rank: row.rank, score: row.score })));
    }
    draw() {
      if (this.usable) super.draw();
      else this.plot.replaceChildren();
    }
    chart(width) {
      const rows = this.ranking.map((row) => ({
        label: row.name, value: row.score, role: row.role,
        valueLabel: row.role === "subject" ? `${fmt.decimal(row.score)} (${fmt.ordinal(row.rank)})`
          : row.role === "named" ? fmt.decimal(row.score) : "",
      }));
      return rankedBars(width, rows, this.config.scale);
    }
    /** The weights that differ from the defaults, for the address. */
    view() {
      return this.config.measures.filter((m) => this.weights[m.key] !== m.default)
        .map((m) => [m.key, String(this.weights[m.key])]);
    }
    /** The view an address gives (key -> text); an AddressProblem names what is wrong. */
    read(parts) {
      const weights = { ...this.defaults };
      const { min, max, step } = this.config.range;
      for (const [key, text] of parts) {
        const name = `${this.id}.${key}`;
        if (!(key in this.defaults)) throw new AddressProblem("reader-problem-unknown", { key: name });
        const value = text.trim() === "" ? NaN : Number(text);
        if (!Number.isFinite(value)) throw new AddressProblem("reader-problem-number", { key: name, value: text });
        const steps = (value - min) / step;
        if (value < min || value > max || Math.abs(steps - Math.round(steps)) > 1e-9) {
          throw new AddressProblem("reader-problem-range", {
            key: name, value: text, low: fmt.trimmed(min, 2), high: fmt.trimmed(max, 2), step: fmt.trimmed(step, 2),
          });
        }
        weights[key] = value;
      }
      if (!Object.values(weights).some((weight) => weight > 0)) {
        throw new AddressProblem("reader-problem-zero", { key: this.id });
      }
      return weights;
    }
    apply(weights) {
      this.weights = weights;
      this.changed();
    }
    reset() {
      this.weights = { ...this.defaults };
    }
  }

  class Comparison extends Explorer {
    constructor(section, config, values) {
      super(section, config);
      this.values = values;
      this.names = new Map(config.entities.map((e) => [e.code, e.name]));
      this.order = new Map(config.entities.map((e, i) => [e.code, i]));
      this.byName = new Map(config.entities.map((e) => [e.name.toLocaleLowerCase(language), e.code]));
      this.chosen = [...config.default];
      this.list = section.querySelector(".kit-chips");
      this.input = section.querySelector(".kit-add input");
      this.options = section.querySelector("datalist");
      this.status = section.querySelector(".kit-chooser-status");
      this.count = section.querySelector(".kit-chosen");
      this.list.addEventListener("click", (event) => {
        const button = event.target.closest("button[data-code]");
        if (button) this.remove(button.dataset.code, button);
      });
      section.querySelector(".kit-add").addEventListener("submit", (event) => {
        event.preventDefault();
        this.add(this.input.value);
      });
      this.input.addEventListener("keydown", (event) => {
        if (event.key === "Backspace" && !this.input.value && this.chosen.length) {
          this.remove(this.chosen[this.chosen.length - 1]);
        }
      });
      this.input.addEventListener("change", () => {
        // a suggestion picked from the list adds itself
        if (this.byName.has(this.input.value.trim().toLocaleLowerCase(language))) this.add(this.input.value);
      });
      section.querySelector(".kit-reset").addEventListener("click", () => this.apply([...config.default]));
    }
    /** The chosen entity whose name is `text` (any case), or the only one whose name contains it. */
    find(text) {
      const wanted = text.trim().toLocaleLowerCase(language);
      if (!wanted) return null;
      if (this.byName.has(wanted)) return this.byName.get(wanted);
      const found = [...this.byName].filter(([name]) => name.includes(wanted));
      return found.length === 1 ? found[0][1] : null;
    }
    say(text) {
      this.status.textContent = text;
    }
    add(text) {
      const code = this.find(text);
      const [, most] = this.config.limits;
      if (code === null) return this.say(t("reader-not-found", { text: text.trim() }));
      this.input.value = "";
      if (this.chosen.includes(code)) return this.say("");
      if (this.chosen.length >= most) return this.say(t("reader-too-many", { most }));
      this.say("");
      this.apply([...this.chosen, code]);
    }
    remove(code, button) {
      const index = this.chosen.indexOf(code);
      this.chosen = this.chosen.filter((c) => c !== code);
      this.say("");
      this.changed();
      // keep the keyboard where it was: on the next chip's button, else on the field that adds one
      if (button) {
        const buttons = this.list.querySelectorAll("button[data-code]");
        (buttons[Math.min(index, buttons.length - 1)] || this.input).focus();
      }
    }
    ordered(codes) {
      return [...new Set(codes)].sort((a, b) => this.order.get(a) - this.order.get(b));
    }
    facts(codes) {
      const focus = codes.includes(this.config.subject) ? this.config.subject : codes[0];
      const measures = this.config.measures;
      const column = (m) => codes.map((c) => this.values.get(c).get(m.id));
      const mine = (m) => this.values.get(focus).get(m.id);
      const lowest = measures.filter((m) => mine(m) === Math.min(...column(m)));
      const highest = measures.filter((m) => mine(m) === Math.max(...column(m)));
      const others = measures.filter((m) => !lowest.includes(m));
      return {
        focus, subject: this.names.get(focus), n: codes.length, total: measures.length,
        lowest: fmt.names(lowest.map((m) => m.name)), lowest_count: lowest.length,
        others: fmt.names(others.map((m) => m.name)), most: others.length < lowest.length ? 1 : 0,
        highest: fmt.names(highest.map((m) => m.name)), highest_count: highest.length,
        entities: fmt.names(codes.map((c) => this.names.get(c))),
      };
    }
    update() {
      const codes = this.ordered(this.chosen);
      const [least, most] = this.config.limits;
      this.list.replaceChildren(...this.chosen.map((code) => {
        const item = document.createElement("li");
        const name = document.createElement("span");
        name.textContent = this.names.get(code);
        const button = document.createElement("button");
        button.type = "button";
        button.dataset.code = code;
        button.setAttribute("aria-label", t("reader-remove", { name: this.names.get(code) }));
        button.textContent = "×";
        item.append(name, button);
        return item;
      }));
      this.options.replaceChildren(...this.config.entities.filter((e) => !this.chosen.includes(e.code)).map((e) => {
        const option = document.createElement("option");
        option.value = e.name;
        return option;
      }));
      this.count.textContent = render(this.config.messages.chosen, { chosen: codes.length, every: this.config.entities.length });
      this.usable = codes.length >= least && codes.length <= most;
      this.figure.classList.toggle("kit-unusable", !this.usable);
      if (!this.usable) {
        this.say(t(codes.length < least ? "reader-too-few" : "reader-too-many", { least, most }));
        this.alt = "";
        this.table.replaceChildren();
        return;
      }
      const facts = this.facts(codes);
      const m = this.config.messages;
      const notes = [render(m.note, facts)];
      for (const caveat of this.config.caveats) {
        const among = caveat.entities.filter((code) => codes.includes(code));
        if (among.length) {
          const measure = this.config.measures.find((x) => x.id === caveat.measure).name;
          notes.push(render(caveat.message, { entities: fmt.names(among.map((c) => this.names.get(c))), measure }));
        }
      }
      this.set("title", render(facts.lowest_count ? m.title : m.title_none, facts));
      this.set("note", notes.join(" "));
      this.alt = render(m.alt, facts);
      this.shown = codes;
      this.focus = facts.focus;
      this.table.replaceChildren(...codes.map((code) => tableRow(
        [this.names.get(code), ...this.config.measures.map((m) => fmt.decimal(this.values.get(code).get(m.id)))],
        { code })));
    }
    draw() {
      if (this.usable) super.draw();
      else this.plot.replaceChildren();
    }
    chart(width) {
      const panels = this.config.measures.map((m) => ({
        title: m.panel,
        bars: this.shown.map((code) => ({
          label: this.names.get(code), value: this.values.get(code).get(m.id),
          role: code === this.focus ? "subject" : "context", valueLabel: fmt.decimal(this.values.get(code).get(m.id)),
        })),
      }));
      return barGrid(width, panels, this.config.least);
    }
    view() {
      const same = this.chosen.length === this.config.default.length && this.chosen.every((c, i) => c === this.config.default[i]);
      return same ? [] : [[this.config.key, this.chosen.join(",")]];
    }
    read(parts) {
      let codes = [...this.config.default];
      for (const [key, text] of parts) {
        const name = `${this.id}.${key}`;
        if (key !== this.config.key) throw new AddressProblem("reader-problem-unknown", { key: name });
        codes = text.split(",").filter(Boolean);
        const stranger = codes.find((code) => !this.names.has(code));
        if (stranger !== undefined) throw new AddressProblem("reader-problem-choice", { key: name, value: stranger });
        const [least, most] = this.config.limits;
        const count = new Set(codes).size;
        if (count < least || count > most) throw new AddressProblem("reader-problem-count", { key: name, count, low: least, high: most });
      }
      return [...new Set(codes)];
    }
    apply(codes) {
      this.chosen = codes;
      this.changed();
    }
    reset() {
      this.chosen = [...this.config.default];
    }
  }

  function tableRow(cells, data) {
    const row = document.createElement("tr");
    for (const [key, value] of Object.entries(data)) row.dataset[key] = value;
    cells.forEach((text, index) => {
      const cell = document.createElement(index === (data.rank !== undefined ? 1 : 0) ? "th" : "td");
      if (cell.tagName === "TH") cell.scope = "row";
      cell.textContent = text;
      row.append(cell);
    });
    return row;
  }

  // -- the view in the address ---------------------------------------------------------------------------------

  const explorers = new Map();
  const address = {
    ready: false,
    query() {
      const parts = [];
      for (const [id, explorer] of explorers) {
        for (const [key, value] of explorer.view()) {
          parts.push(`${encodeURIComponent(`${id}.${key}`)}=${encodeURIComponent(value).replace(/%2C/g, ",")}`);
        }
      }
      return parts.join("&");
    },
    write() {
      if (!this.ready) return;
      const query = this.query();
      const wanted = query ? `?${query}` : location.pathname.split("/").pop() || "./";
      const share = document.querySelector(".kit-share a");
      if (share) share.href = query ? `?${query}` : location.pathname.split("/").pop();
      if (location.search !== (query ? `?${query}` : "")) history.replaceState(null, "", wanted + location.hash);
    },
    /** Set the explorers from the address; each part that cannot be used is named, in the page's language, and
     * its explorer shows its default view. */
    read() {
      const params = new URLSearchParams(location.search);
      const wanted = params.get("lang");
      if (wanted && wanted !== language && page.pages[wanted]) {
        params.delete("lang");
        location.replace(page.pages[wanted] + (params.toString() ? `?${params}` : "") + location.hash);
        return false;
      }
      const byExplorer = new Map();
      const problems = [];
      for (const [key, value] of params) {
        if (key === "lang") continue;
        const cut = key.indexOf(".");
        const explorer = explorers.get(key.slice(0, cut));
        if (cut < 0 || !explorer) {
          problems.push(t("reader-problem-unknown", { key }));
          continue;
        }
        if (!byExplorer.has(explorer)) byExplorer.set(explorer, []);
        byExplorer.get(explorer).push([key.slice(cut + 1), value]);
      }
      for (const [explorer, parts] of byExplorer) {
        try {
          const state = explorer.read(parts);
          if (explorer instanceof Reweighting) explorer.weights = state;
          else explorer.chosen = state;
        } catch (problem) {
          if (!(problem instanceof AddressProblem)) throw problem;
          problems.push(problem.text);
          explorer.reset();
        }
      }
      const shown = document.querySelector(".kit-link-problems");
      if (shown) {
        shown.textContent = problems.length ? t("reader-problems", { problems: problems.join("; "), count: problems.length }) : "";
        shown.hidden = !problems.length;
      }
      return true;
    },
  };

  // -- the page ------------------------------------------------------------------------------------------------

  const KINDS = { reweighting: Reweighting, comparison: Comparison };

  async function start() {
    const sections = page.explorers.map((config) => ({ config, section: document.getElementById(config.id) }));
    const data = await Promise.all(sections.map(({ config }) => tidyData(config.data)));
    sections.forEach(({ config, section }, index) => {
      explorers.set(config.id, new KINDS[config.kind](section, config, data[index]));
    });
    if (!address.read()) return;
    await document.fonts.ready;
    // one explorer at a time, letting the browser answer the reader in between (no long task)
    const pause = () => new Promise((resume) => setTimeout(resume, 0));
    for (const explorer of explorers.values()) {
      explorer.update();
      await pause();
      explorer.draw();
      await pause();
    }
    address.ready = true;
    address.write();
    let width = innerWidth;
    addEventListener("resize", () => {
      if (innerWidth === width) return;
      width = innerWidth;
      for (const explorer of explorers.values()) explorer.draw();
    });
    document.documentElement.dataset.ready = "true";
    if (window.parent !== window) embedded();
  }

  /** In an iframe: tell the host page how tall the content is, whenever it changes (as pym.js does). */
  function embedded() {
    const root = document.documentElement;  // as tall as the content (its children's margins included)
    const post = () => window.parent.postMessage({ kitReaderHeight: Math.ceil(root.getBoundingClientRect().height) }, "*");
    new ResizeObserver(post).observe(root);
    post();
  }

  window.kitReader = { fmt, t, explorers, ready: start() };
})();

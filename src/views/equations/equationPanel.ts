// Imperative equation panel: one element per equation line, re-rendered by
// KaTeX only when that line's TeX changes, so update() can be called every
// animation frame while the numbers only change when the network does.
import { renderLine } from './texCache.ts';
import type { EquationLine } from './tex.ts';

export interface EquationPanel {
  /** `message` replaces the lines (e.g. "waiting for the first run"), or sits under them */
  update(lines: readonly EquationLine[], message?: string | null): void;
  destroy(): void;
}

export function createEquationPanel(el: HTMLElement): EquationPanel {
  el.classList.add('eq-panel');
  el.replaceChildren();
  const list = el.ownerDocument.createElement('div');
  list.className = 'eq-lines';
  const note = el.ownerDocument.createElement('p');
  note.className = 'eq-message';
  el.append(list, note);
  const rendered = new Map<string, { node: HTMLElement; tex: string }>();

  return {
    update(lines, message) {
      const keep = new Set(lines.map((l) => l.id));
      for (const [id, entry] of rendered) {
        if (!keep.has(id)) {
          entry.node.remove();
          rendered.delete(id);
        }
      }
      let before: Element | null = list.firstElementChild;
      for (const line of lines) {
        let entry = rendered.get(line.id);
        if (!entry) {
          const node = el.ownerDocument.createElement('div');
          node.className = 'eq-line';
          node.dataset.eq = line.id;
          entry = { node, tex: '' };
          rendered.set(line.id, entry);
        }
        if (entry.tex !== line.tex) {
          entry.node.innerHTML = renderLine(line.tex);
          entry.tex = line.tex;
        }
        // Keep the DOM order equal to the lines' order without re-inserting unchanged nodes.
        if (entry.node !== before) list.insertBefore(entry.node, before);
        before = entry.node.nextElementSibling;
      }
      note.textContent = message ?? '';
      note.hidden = !message;
    },
    destroy() {
      rendered.clear();
      el.replaceChildren();
    },
  };
}

// The shape of a parsed lesson. Parsing is pure (no DOM, no React): the same
// code runs in the page, in Node tests and in the check of every lesson file.

export interface LessonMeta {
  title: string;
  summary: string;
  minutes: number;
}

/** What can be wrong in a lesson file; each code has a message in the lessons catalogue. */
export type IssueCode =
  | 'front-matter-missing'
  | 'front-matter-unclosed'
  | 'front-matter-line'
  | 'front-matter-key'
  | 'front-matter-required'
  | 'front-matter-minutes'
  | 'container-unknown'
  | 'answer-placement'
  | 'widget-line'
  | 'widget-key'
  | 'widget-repeated'
  | 'widget-required'
  | 'widget-lab'
  | 'widget-preset'
  | 'widget-reserved'
  | 'widget-hide'
  | 'widget-height'
  | 'widget-nested';

export interface LessonIssue {
  code: IssueCode;
  params: Readonly<Record<string, string | number>>;
  /** 1-based line in the file, when known */
  line?: number;
}

export interface WidgetSpec {
  lab: string;
  /** the lab's URL-state query, exactly as written (validated) */
  preset: string;
  hide: string[];
  caption: string;
  height: number;
}

/** A run of rendered HTML, or a live widget placed between two runs. */
export type Block = { kind: 'html'; html: string } | { kind: 'widget'; widget: WidgetSpec };

export interface Slide {
  /** text of the slide's first heading ('' when it has none) */
  title: string;
  blocks: Block[];
  /** the slide's ::: notes, rendered; '' when there are none */
  notesHtml: string;
}

/** A `##` section: the unit of the table of contents and of reading progress. */
export interface Section {
  id: string;
  title: string;
  /** 0-based slide the heading is on */
  slide: number;
  bulletItems: number;
  orderedItems: number;
  hints: number;
  predicts: number;
  widgets: number;
}

export interface Lesson {
  meta: LessonMeta;
  slides: Slide[];
  sections: Section[];
  widgets: WidgetSpec[];
  predicts: number;
  /** every problem found; each is also shown in place */
  issues: LessonIssue[];
}

/** The words the renderer writes around containers, in the lesson's language. */
export interface RenderLabels {
  predict: string;
  answer: string;
  hint: string;
  /** an issue as a sentence for the error box */
  describe(issue: LessonIssue): string;
}

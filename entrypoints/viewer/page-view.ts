import { type PDFDocumentProxy, type PDFPageProxy, TextLayer } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { t } from '../../utils/i18n/ui-language.ts';

/** Pages within this distance of the view are rendered; further ones are placeholders again. */
const RENDER_MARGIN = '150% 0px';

interface PageSlot {
  /** Asked of pdf.js when the page is first needed. */
  proxy?: Promise<PDFPageProxy>;
  /** Its size at scale 1, in CSS pixels. */
  size: { width: number; height: number };
  element: HTMLElement;
  /** The text layer's spans, one per text item, while the page is rendered. */
  spans?: HTMLElement[];
  rendering?: Promise<void>;
  cancel?: () => void;
}

/**
 * The document's pages in a column: every page a placeholder of its own size, and only the pages
 * near the view drawn (canvas + pdf.js text layer). Text layers use the same text content the
 * extraction read, so span i is text item i.
 */
export class PdfPagesView {
  private pdf?: PDFDocumentProxy;
  private slots: PageSlot[] = [];
  private scale = 1.25;
  private visible = new Map<number, number>();
  private renderObserver: IntersectionObserver;
  private pageObserver: IntersectionObserver;

  constructor(
    private readonly container: HTMLElement,
    private readonly textContent: (page: number) => Promise<TextContent>,
    /** Called when a page's text layer appears or goes: highlights are painted again. */
    private readonly onTextLayerChange: () => void,
    private readonly onCurrentPage: (page: number) => void,
  ) {
    this.renderObserver = new IntersectionObserver((entries) => this.onNearView(entries), {
      rootMargin: RENDER_MARGIN,
    });
    this.pageObserver = new IntersectionObserver((entries) => this.onInView(entries), {
      threshold: [0, 0.25, 0.5, 0.75, 1],
    });
  }

  get pageCount(): number {
    return this.slots.length;
  }

  /**
   * Lays the pages out and draws the first one before any other: until then the worker serves
   * page 1 alone. Pages are laid out at page 1's size until their own is known (UN documents
   * have one paper size), so nothing waits for every page to be read.
   */
  async show(pdf: PDFDocumentProxy): Promise<void> {
    this.pdf = pdf;
    const first = await pdf.getPage(1);
    const size = first.getViewport({ scale: 1 });
    this.slots = Array.from({ length: pdf.numPages }, (_, index) => {
      const element = document.createElement('section');
      element.className = 'page';
      element.dataset.page = String(index + 1);
      element.setAttribute('aria-label', t('viewer.pageLabel', { number: index + 1 }));
      this.container.append(element);
      return {
        proxy: index === 0 ? Promise.resolve(first) : undefined,
        size: { width: size.width, height: size.height },
        element,
      };
    });
    this.layout();
    await this.ensureRendered(0);
    for (const slot of this.slots) {
      this.renderObserver.observe(slot.element);
      this.pageObserver.observe(slot.element);
    }
    // Then each page's own size, for documents that mix paper sizes.
    void Promise.all(
      this.slots.map(async (slot, index) => {
        const proxy = await this.proxyOf(index);
        const own = proxy.getViewport({ scale: 1 });
        if (own.width === slot.size.width && own.height === slot.size.height) return;
        slot.size = { width: own.width, height: own.height };
        this.layout();
      }),
    );
  }

  private proxyOf(index: number): Promise<PDFPageProxy> {
    const slot = this.slots[index] as PageSlot;
    slot.proxy ??= (this.pdf as PDFDocumentProxy).getPage(index + 1);
    return slot.proxy;
  }

  /** Takes the pages away: the document is shown again from other bytes (its text recovered). */
  close(): void {
    this.renderObserver.disconnect();
    this.pageObserver.disconnect();
    for (const index of this.slots.keys()) this.clear(index);
    for (const slot of this.slots) slot.element.remove();
    this.slots = [];
    this.visible.clear();
  }

  /** The text layer spans of a page that is rendered now. */
  spansOf(page: number): HTMLElement[] | undefined {
    return this.slots[page]?.spans;
  }

  /** Page index of a text layer span, for selections. */
  pageOfElement(element: Element): number | undefined {
    const page = element.closest<HTMLElement>('.page')?.dataset.page;
    return page === undefined ? undefined : Number(page) - 1;
  }

  setScale(scale: number): void {
    const current = this.currentPage();
    this.scale = scale;
    for (const index of this.slots.keys()) this.clear(index);
    this.layout();
    this.scrollToPage(current);
    this.onTextLayerChange();
  }

  getScale(): number {
    return this.scale;
  }

  currentPage(): number {
    let best = 0;
    let bestRatio = -1;
    for (const [page, ratio] of this.visible) {
      if (ratio > bestRatio || (ratio === bestRatio && page < best)) {
        best = page;
        bestRatio = ratio;
      }
    }
    return best;
  }

  scrollToPage(page: number): void {
    this.slots[page]?.element.scrollIntoView({ block: 'start' });
  }

  pageTop(page: number): number | undefined {
    return this.slots[page]?.element.getBoundingClientRect().top;
  }

  /** Renders a page now, whether or not it is near the view. */
  async ensureRendered(page: number): Promise<void> {
    const slot = this.slots[page];
    if (!slot) return;
    slot.rendering ??= this.render(page, slot);
    await slot.rendering;
  }

  private layout(): void {
    this.container.style.setProperty('--scale-factor', String(this.scale));
    for (const slot of this.slots) {
      slot.element.style.width = `${Math.floor(slot.size.width * this.scale)}px`;
      slot.element.style.height = `${Math.floor(slot.size.height * this.scale)}px`;
    }
  }

  private onNearView(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const page = Number((entry.target as HTMLElement).dataset.page) - 1;
      if (entry.isIntersecting) void this.ensureRendered(page);
      else if (this.clear(page)) this.onTextLayerChange();
    }
  }

  private onInView(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const page = Number((entry.target as HTMLElement).dataset.page) - 1;
      if (entry.intersectionRatio > 0) this.visible.set(page, entry.intersectionRatio);
      else this.visible.delete(page);
    }
    this.onCurrentPage(this.currentPage());
  }

  private async render(page: number, slot: PageSlot): Promise<void> {
    const proxy = await this.proxyOf(page);
    const viewport = proxy.getViewport({ scale: this.scale });
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.setAttribute('aria-hidden', 'true');
    // Drawing starts before the text is read: the worker does both at once.
    const drawing = proxy.render({
      canvas,
      viewport,
      ...(ratio === 1 ? {} : { transform: [ratio, 0, 0, ratio, 0, 0] }),
    });
    // A page that leaves the view while its text is read stops drawing; that is no error.
    drawing.promise.catch(() => undefined);
    slot.cancel = () => drawing.cancel();
    const textLayerElement = document.createElement('div');
    textLayerElement.className = 'textLayer';
    const textLayer = new TextLayer({
      textContentSource: await this.textContent(page),
      container: textLayerElement,
      viewport,
    });
    slot.cancel = () => {
      drawing.cancel();
      textLayer.cancel();
    };
    slot.element.replaceChildren(canvas, textLayerElement);
    try {
      await Promise.all([textLayer.render(), drawing.promise]);
    } catch {
      return; // cancelled: the page left the view or the zoom changed
    }
    slot.spans = textLayer.textDivs;
    slot.element.dataset.rendered = 'true';
    this.onTextLayerChange();
  }

  /** Back to a placeholder; true if the page had a text layer to lose. */
  private clear(page: number): boolean {
    const slot = this.slots[page];
    if (!slot?.rendering) return false;
    slot.cancel?.();
    const hadText = slot.spans !== undefined;
    slot.element.replaceChildren();
    delete slot.element.dataset.rendered;
    delete slot.spans;
    delete slot.rendering;
    delete slot.cancel;
    return hadText;
  }
}

//! PDF layout on printpdf: A4 pages with the embedded DejaVu Sans Condensed font (Cyrillic),
//! headings and paragraphs that flow onto new pages, tables whose header repeats on every
//! page and whose cells wrap (a long text is never cut off), a QR code, and a footer with
//! "page N of M" written once the page count is known.
//!
//! Text is placed by glyph ID, measured with the font's own advance widths, so wrapping
//! matches what a viewer draws. Coordinates here are millimetres from the top-left corner.

use std::io::Write;

use printpdf::lopdf::content::Operation;
use printpdf::lopdf::{Object, StringFormat};
use printpdf::{
    Color, CustomPdfConformance, IndirectFontRef, Line, Mm, PdfConformance, PdfDocument,
    PdfDocumentReference, PdfLayerReference, Point, Rect, TextMatrix,
};

use super::{Error, Result};

/// Points to millimetres.
const PT: f32 = 25.4 / 72.0;
const MARGIN: f32 = 14.0;
/// Space kept at the bottom for the footer.
const FOOTER: f32 = 10.0;
const CELL_PAD: f32 = 0.8;
const LINE_GAP: f32 = 1.22;

/// One embedded face: printpdf's handle, and the same font parsed for measuring.
struct Face {
    handle: IndirectFontRef,
    face: ttf_parser::Face<'static>,
    /// (glyph, advance) for code points below 0x500 (Latin and Cyrillic), looked up once.
    cache: Vec<Option<(u16, u16)>>,
    units: f32,
    fallback: (u16, u16),
}

impl Face {
    fn new(doc: &PdfDocumentReference, bytes: &'static [u8]) -> Result<Face> {
        let handle = doc.add_external_font(bytes).map_err(pdf_error)?;
        let face = ttf_parser::Face::parse(bytes, 0)
            .map_err(|e| Error::Format(format!("embedded font: {e}")))?;
        let units = f32::from(face.units_per_em());
        let look =
            |c: char| face.glyph_index(c).map(|g| (g.0, face.glyph_hor_advance(g).unwrap_or(0)));
        let fallback = look('?').unwrap_or((0, 0));
        let cache = (0..0x500u32).map(|c| char::from_u32(c).and_then(look)).collect();
        Ok(Face { handle, face, cache, units, fallback })
    }

    fn glyph(&self, c: char) -> (u16, u16) {
        let i = c as usize;
        let found = if i < self.cache.len() {
            self.cache[i]
        } else {
            self.face.glyph_index(c).map(|g| (g.0, self.face.glyph_hor_advance(g).unwrap_or(0)))
        };
        found.unwrap_or(self.fallback)
    }

    /// Width of `s` at `size` points, in millimetres.
    fn width(&self, s: &str, size: f32) -> f32 {
        let units: u32 = s.chars().map(|c| u32::from(self.glyph(c).1)).sum();
        units as f32 / self.units * size * PT
    }
}

/// A line as the big-endian glyph IDs a PDF text string holds for an Identity-H font.
fn glyphs(face: &Face, s: &str) -> Vec<u8> {
    s.chars().flat_map(|c| face.glyph(c).0.to_be_bytes()).collect()
}

/// Horizontal placement of text in a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// A table column: its title, its share of the width, its alignment, and whether its values
/// are kept whole.
pub struct Col {
    pub title: String,
    pub weight: f32,
    pub align: Align,
    /// Identifiers, dates, amounts: a value is never broken inside a word (`РН-000000` is
    /// not split into `РН-00000` and `0`); one wider than the column is drawn condensed.
    pub whole: bool,
}

impl Col {
    pub fn new(title: impl Into<String>, weight: f32) -> Col {
        Col { title: title.into(), weight, align: Align::Left, whole: false }
    }

    pub fn right(title: impl Into<String>, weight: f32) -> Col {
        Col { title: title.into(), weight, align: Align::Right, whole: false }
    }

    /// Keeps this column's values whole (see [`Col::whole`]).
    pub fn whole(self) -> Col {
        Col { whole: true, ..self }
    }
}

/// A table being drawn: column positions, and the header to repeat after a page break.
struct Table {
    x: Vec<f32>,
    w: Vec<f32>,
    align: Vec<Align>,
    whole: Vec<bool>,
    titles: Vec<String>,
    size: f32,
}

/// Sets the horizontal scaling so that text `width` wide fits `room` (100 % when it does);
/// returns whether it condensed.
fn condense(layer: &PdfLayerReference, width: f32, room: f32) -> bool {
    if width <= room || width <= 0.0 {
        return false;
    }
    layer.add_operation(Operation::new("Tz", vec![Object::Real(room / width * 100.0)]));
    true
}

/// Back to full width after [`condense`].
fn uncondense(layer: &PdfLayerReference) {
    layer.add_operation(Operation::new("Tz", vec![Object::Real(100.0)]));
}

/// A document being laid out.
pub struct Pdf {
    doc: PdfDocumentReference,
    regular: Face,
    bold: Face,
    page_w: f32,
    page_h: f32,
    layers: Vec<PdfLayerReference>,
    /// Distance of the cursor from the top of the current page.
    y: f32,
    /// Width paragraphs wrap to (narrower beside a QR code).
    text_w: f32,
    table: Option<Table>,
    /// Table rows drawn so far, and how many the memory free allows (see [`Pdf::check_room`]).
    rows: u64,
    most_rows: Option<u64>,
}

/// What a table row costs in memory until the document is written, at its peak (measured:
/// 1.51 GB for a report of 100,000 records, ≈ 14.5 KB each; printpdf 0.7 holds the document).
const ROW_BYTES: u64 = 15 << 10;

/// Memory a report may use: `KABINET_PDF_MEMORY_MB`, else four fifths of what the kernel says is
/// available when it starts (`MemAvailable`); `None` where neither is known.
fn memory_budget() -> Option<u64> {
    if let Some(mb) =
        std::env::var("KABINET_PDF_MEMORY_MB").ok().and_then(|v| v.parse::<u64>().ok())
    {
        return Some(mb << 20);
    }
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let kb: u64 = info
        .lines()
        .find_map(|l| l.strip_prefix("MemAvailable:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024 / 5 * 4)
}

fn pdf_error(e: impl std::fmt::Display) -> Error {
    Error::Format(format!("PDF: {e}"))
}

impl Pdf {
    /// A new document with one empty A4 page, portrait or landscape.
    pub fn new(title: &str, landscape: bool) -> Result<Pdf> {
        let (page_w, page_h) = if landscape { (297.0, 210.0) } else { (210.0, 297.0) };
        let (doc, page, layer) = PdfDocument::new(title, Mm(page_w), Mm(page_h), "1");
        let doc = doc.with_producer("kabinet").with_creator("kabinet").with_conformance(
            PdfConformance::Custom(CustomPdfConformance {
                identifier: String::new(),
                requires_icc_profile: false,
                requires_xmp_metadata: false,
                ..Default::default()
            }),
        );
        let regular = Face::new(&doc, dejavu::sans_condensed::regular())?;
        let bold = Face::new(&doc, dejavu::sans_condensed::bold())?;
        let first = doc.get_page(page).get_layer(layer);
        Ok(Pdf {
            doc,
            regular,
            bold,
            page_w,
            page_h,
            layers: vec![first],
            y: MARGIN,
            text_w: page_w - 2.0 * MARGIN,
            table: None,
            rows: 0,
            most_rows: memory_budget().map(|b| b / ROW_BYTES),
        })
    }

    /// Stops a report that would need more memory than there is (exit 2, saying how to narrow
    /// it) before the system has to kill kabinet, or something else, to find it: called after
    /// each item's row.
    pub fn check_room(&self) -> Result<()> {
        match self.most_rows {
            Some(most) if self.rows > most => {
                Err(Error::PdfTooBig { rows: self.rows, mb: most.saturating_mul(ROW_BYTES) >> 20 })
            }
            _ => Ok(()),
        }
    }

    /// Width available between the margins.
    pub fn body_width(&self) -> f32 {
        self.page_w - 2.0 * MARGIN
    }

    fn layer(&self) -> &PdfLayerReference {
        // `new` makes the first page, and pages are only ever added.
        &self.layers[self.layers.len() - 1]
    }

    fn face(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }

    /// Width of `s` in millimetres.
    pub fn width(&self, s: &str, size: f32, bold: bool) -> f32 {
        self.face(bold).width(s, size)
    }

    fn line_height(size: f32) -> f32 {
        size * PT * LINE_GAP
    }

    /// Draws one line of text with its top at `top` (mm from the page top).
    fn put(&self, x: f32, top: f32, size: f32, bold: bool, s: &str) {
        let face = self.face(bold);
        let baseline = self.page_h - top - size * PT * 0.95;
        let layer = self.layer();
        layer.begin_text_section();
        layer.set_font(&face.handle, size);
        layer.set_text_matrix(TextMatrix::Translate(Mm(x).into(), Mm(baseline).into()));
        layer.write_codepoints(s.chars().map(|c| face.glyph(c).0));
        layer.end_text_section();
    }

    /// Breaks `text` into lines no wider than `width`: at line breaks in the text, between
    /// words, and inside a word longer than a whole line.
    pub fn wrap(&self, text: &str, width: f32, size: f32, bold: bool) -> Vec<String> {
        self.wrap_text(text, width, size, bold, true)
    }

    /// A value kept whole: its own lines only, never broken at a space either (`45 06 123456`
    /// is one number); a line wider than the column is drawn condensed.
    fn whole_lines(text: &str) -> Vec<String> {
        text.split('\n').map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect()
    }

    /// [`Pdf::wrap`]; with `break_words` false a word longer than a line is left whole on a
    /// line of its own (to be drawn condensed).
    fn wrap_text(
        &self,
        text: &str,
        width: f32,
        size: f32,
        bold: bool,
        break_words: bool,
    ) -> Vec<String> {
        let face = self.face(bold);
        let space = face.width(" ", size);
        let mut lines = Vec::new();
        for para in text.split('\n') {
            let mut line = String::new();
            let mut line_w = 0.0;
            for word in para.split_whitespace() {
                let mut word_w = face.width(word, size);
                if !line.is_empty() && line_w + space + word_w <= width {
                    line.push(' ');
                    line.push_str(word);
                    line_w += space + word_w;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                let mut rest = word;
                while break_words && word_w > width {
                    // Break a long word at the last character that fits (at least one).
                    let mut cut = 0;
                    let mut w = 0.0;
                    for (i, c) in rest.char_indices() {
                        let cw = face.width(c.encode_utf8(&mut [0; 4]), size);
                        if w + cw > width && i > 0 {
                            break;
                        }
                        w += cw;
                        cut = i + c.len_utf8();
                    }
                    lines.push(rest[..cut].to_owned());
                    rest = &rest[cut..];
                    word_w = face.width(rest, size);
                }
                line.push_str(rest);
                line_w = word_w;
            }
            lines.push(line);
        }
        lines
    }

    /// Starts a new page; repeats the header of the table being drawn.
    pub fn new_page(&mut self) {
        let (page, layer) = self.doc.add_page(Mm(self.page_w), Mm(self.page_h), "1");
        self.layers.push(self.doc.get_page(page).get_layer(layer));
        self.y = MARGIN;
        if self.table.is_some() {
            self.table_header();
        }
    }

    fn bottom(&self) -> f32 {
        self.page_h - MARGIN - FOOTER
    }

    /// Makes room for `h` millimetres, on a new page if this one has less left.
    pub fn ensure(&mut self, h: f32) {
        if self.y + h > self.bottom() {
            self.new_page();
        }
    }

    /// The cursor: millimetres from the top of the page.
    pub fn cursor(&self) -> f32 {
        self.y
    }

    pub fn set_cursor(&mut self, y: f32) {
        self.y = y;
    }

    /// Narrows (or restores) the width paragraphs wrap to.
    pub fn set_text_width(&mut self, w: f32) {
        self.text_w = w.min(self.body_width());
    }

    /// Moves the cursor down.
    pub fn space(&mut self, h: f32) {
        self.y += h;
    }

    /// A paragraph over the body width, wrapped, flowing onto new pages.
    pub fn text(&mut self, s: &str, size: f32, bold: bool) {
        let lh = Self::line_height(size);
        for line in self.wrap(s, self.text_w, size, bold) {
            self.ensure(lh);
            self.put(MARGIN, self.y, size, bold, &line);
            self.y += lh;
        }
    }

    /// A section heading, kept with at least a few lines of what follows.
    pub fn heading(&mut self, s: &str, size: f32) {
        self.ensure(Self::line_height(size) + 20.0);
        self.space(1.5);
        self.text(s, size, true);
        self.space(1.0);
    }

    /// Starts a table over the body width: columns share it by weight.
    pub fn begin_table(&mut self, cols: &[Col], size: f32) {
        let total: f32 = cols.iter().map(|c| c.weight).sum();
        let mut x = MARGIN;
        let (mut xs, mut ws) = (Vec::new(), Vec::new());
        for c in cols {
            let w = self.body_width() * c.weight / total;
            xs.push(x);
            ws.push(w);
            x += w;
        }
        self.table = Some(Table {
            x: xs,
            w: ws,
            align: cols.iter().map(|c| c.align).collect(),
            whole: cols.iter().map(|c| c.whole).collect(),
            titles: cols.iter().map(|c| c.title.clone()).collect(),
            size,
        });
        let need = self.header_height() + 2.0 * Self::line_height(size) + 2.0 * CELL_PAD;
        self.ensure(need);
        self.table_header();
    }

    fn header_height(&self) -> f32 {
        let Some(t) = &self.table else { return 0.0 };
        let lines = t
            .titles
            .iter()
            .zip(&t.w)
            .map(|(s, w)| self.wrap(s, w - 2.0 * CELL_PAD, t.size, true).len())
            .max()
            .unwrap_or(1);
        lines as f32 * Self::line_height(t.size) + 2.0 * CELL_PAD
    }

    fn table_header(&mut self) {
        let Some(t) = self.table.take() else { return };
        let cells: Vec<Vec<String>> = t
            .titles
            .iter()
            .zip(&t.w)
            .map(|(s, w)| self.wrap_text(s, w - 2.0 * CELL_PAD, t.size, true, false))
            .collect();
        let h = self.header_height_of(&cells, t.size);
        let layer = self.layer();
        layer.set_fill_color(Color::Greyscale(printpdf::Greyscale::new(0.88, None)));
        let (x0, x1) = (MARGIN, MARGIN + self.body_width());
        layer.add_rect(Rect::new(
            Mm(x0),
            Mm(self.page_h - self.y - h),
            Mm(x1),
            Mm(self.page_h - self.y),
        ));
        layer.set_fill_color(Color::Greyscale(printpdf::Greyscale::new(0.0, None)));
        self.draw_cells(&t, &cells, 0, usize::MAX, true);
        self.y += h;
        self.rule(0.5);
        self.table = Some(t);
    }

    fn header_height_of(&self, cells: &[Vec<String>], size: f32) -> f32 {
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1);
        lines as f32 * Self::line_height(size) + 2.0 * CELL_PAD
    }

    /// Lines `from..to` of each cell, at the cursor: one text object per row, each cell
    /// placed once and its lines stepped with the leading (`TL`, `'`), so a long report holds
    /// few drawing operations per line.
    fn draw_cells(&self, t: &Table, cells: &[Vec<String>], from: usize, to: usize, bold: bool) {
        let face = self.face(bold);
        let lh = Self::line_height(t.size);
        let layer = self.layer();
        let first_baseline = self.page_h - self.y - CELL_PAD - t.size * PT * 0.95;
        layer.begin_text_section();
        layer.set_font(&face.handle, t.size);
        layer.set_line_height(lh / PT);
        for (i, lines) in cells.iter().enumerate() {
            let end = to.min(lines.len());
            if from >= end || lines[from..end].iter().all(String::is_empty) {
                continue;
            }
            match t.align[i] {
                Align::Left => {
                    let x = t.x[i] + CELL_PAD;
                    layer.set_text_matrix(TextMatrix::Translate(
                        Mm(x).into(),
                        Mm(first_baseline + lh).into(),
                    ));
                    for line in &lines[from..end] {
                        // `T*` + `Tj` rather than the equivalent `'`: printpdf's font
                        // subsetting finds the glyphs a document uses in `Tj` and `TJ` only.
                        layer.add_operation(Operation::new("T*", Vec::new()));
                        let room = t.w[i] - 2.0 * CELL_PAD;
                        let condensed = condense(layer, face.width(line, t.size), room);
                        layer.add_operation(Operation::new(
                            "Tj",
                            vec![Object::String(glyphs(face, line), StringFormat::Hexadecimal)],
                        ));
                        if condensed {
                            uncondense(layer);
                        }
                    }
                }
                Align::Right => {
                    for (k, line) in lines[from..end].iter().enumerate() {
                        let room = t.w[i] - 2.0 * CELL_PAD;
                        let shown = face.width(line, t.size).min(room);
                        let x = t.x[i] + t.w[i] - CELL_PAD - shown;
                        let y = first_baseline - k as f32 * lh;
                        layer.set_text_matrix(TextMatrix::Translate(Mm(x).into(), Mm(y).into()));
                        let condensed = condense(layer, face.width(line, t.size), room);
                        layer.add_operation(Operation::new(
                            "Tj",
                            vec![Object::String(glyphs(face, line), StringFormat::Hexadecimal)],
                        ));
                        if condensed {
                            uncondense(layer);
                        }
                    }
                }
            }
        }
        layer.end_text_section();
    }

    /// A horizontal rule across the body at the cursor, `thick` points wide.
    fn rule(&self, thick: f32) {
        let layer = self.layer();
        layer.set_outline_thickness(thick);
        let y = Mm(self.page_h - self.y);
        layer.add_line(Line {
            points: vec![
                (Point::new(Mm(MARGIN), y), false),
                (Point::new(Mm(MARGIN + self.body_width()), y), false),
            ],
            is_closed: false,
        });
    }

    /// One table row; its cells wrap. A row taller than the space left moves to the next
    /// page; one taller than a whole page is split across pages.
    pub fn row(&mut self, values: &[String]) {
        self.rows += 1;
        let Some(t) = self.table.take() else { return };
        let cells: Vec<Vec<String>> = values
            .iter()
            .zip(t.w.iter().zip(&t.whole))
            .map(|(s, (w, whole))| match whole {
                true => Self::whole_lines(s),
                false => self.wrap(s, w - 2.0 * CELL_PAD, t.size, false),
            })
            .collect();
        let lh = Self::line_height(t.size);
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let full = lines as f32 * lh + 2.0 * CELL_PAD;
        let page_room = self.bottom() - MARGIN - self.header_height_of(&[], t.size) - 10.0;
        if self.y + full > self.bottom() && full <= page_room {
            self.table = Some(t);
            self.new_page();
            let Some(t2) = self.table.take() else { return };
            return self.finish_row(t2, &cells);
        }
        self.finish_row(t, &cells);
    }

    fn finish_row(&mut self, t: Table, cells: &[Vec<String>]) {
        let lh = Self::line_height(t.size);
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let room = ((self.bottom() - self.y - 2.0 * CELL_PAD) / lh).floor().max(0.0) as usize;
        let to = room.max(1).min(lines);
        self.draw_cells(&t, cells, 0, to, false);
        self.y += to as f32 * lh + 2.0 * CELL_PAD;
        if to < lines {
            // The rest of a row taller than a page continues on the next one.
            self.table = Some(t);
            self.new_page();
            let Some(t) = self.table.take() else { return };
            let rest: Vec<Vec<String>> =
                cells.iter().map(|c| c.iter().skip(to).cloned().collect()).collect();
            return self.finish_row(t, &rest);
        }
        self.rule(0.2);
        self.table = Some(t);
    }

    /// Ends the table; what follows flows below it.
    pub fn end_table(&mut self) {
        self.table = None;
        self.space(3.0);
    }

    /// Label/value pairs as a two-column block without borders (a receipt's fields).
    pub fn pairs(&mut self, pairs: &[(String, String)], size: f32) {
        let label_w = self.body_width() * 0.34;
        let value_w = self.body_width() - label_w;
        let lh = Self::line_height(size);
        for (k, v) in pairs {
            let keys = self.wrap(k, label_w - 3.0, size, true);
            let vals = self.wrap(v, value_w, size, false);
            for i in 0..keys.len().max(vals.len()) {
                self.ensure(lh);
                if let Some(k) = keys.get(i) {
                    self.put(MARGIN, self.y, size, true, k);
                }
                if let Some(v) = vals.get(i) {
                    self.put(MARGIN + label_w, self.y, size, false, v);
                }
                self.y += lh;
            }
            self.y += 0.8;
        }
    }

    /// A QR code `side` millimetres wide at the right margin, top at the cursor; the cursor
    /// does not move (text may flow beside it).
    pub fn qr(&mut self, data: &str, side: f32) -> Result<()> {
        let code = qrcode::QrCode::new(data.as_bytes()).map_err(pdf_error)?;
        let n = code.width();
        let colors = code.to_colors();
        let quiet = 2.0;
        let m = side / (n as f32 + 2.0 * quiet);
        let x0 = MARGIN + self.body_width() - side + quiet * m;
        let top = self.y + quiet * m;
        let layer = self.layer();
        layer.set_fill_color(Color::Greyscale(printpdf::Greyscale::new(0.0, None)));
        for row in 0..n {
            // Runs of dark modules on a row are drawn as one rectangle.
            let mut col = 0;
            while col < n {
                if colors[row * n + col] == qrcode::Color::Dark {
                    let start = col;
                    while col < n && colors[row * n + col] == qrcode::Color::Dark {
                        col += 1;
                    }
                    let (x1, x2) = (x0 + start as f32 * m, x0 + col as f32 * m);
                    let y_top = self.page_h - (top + row as f32 * m);
                    layer.add_rect(Rect::new(Mm(x1), Mm(y_top - m), Mm(x2), Mm(y_top)));
                } else {
                    col += 1;
                }
            }
        }
        Ok(())
    }

    /// Number of pages so far.
    pub fn pages(&self) -> usize {
        self.layers.len()
    }

    /// Writes the footer on every page (`footer(n, m)`, centred, with `left` on the left)
    /// and the document to `out`.
    pub fn finish(
        self,
        left: &str,
        footer: impl Fn(usize, usize) -> String,
        out: &mut dyn Write,
    ) -> Result<()> {
        let m = self.layers.len();
        let size = 7.5;
        let top = self.page_h - MARGIN - FOOTER * 0.45;
        for (i, layer) in self.layers.iter().enumerate() {
            let text = footer(i + 1, m);
            let w = self.width(&text, size, false);
            let face = &self.regular;
            for (x, s) in [(MARGIN, left), (MARGIN + self.body_width() - w, text.as_str())] {
                let baseline = self.page_h - top - size * PT;
                layer.begin_text_section();
                layer.set_font(&face.handle, size);
                layer.set_text_matrix(TextMatrix::Translate(Mm(x).into(), Mm(baseline).into()));
                layer.write_codepoints(s.chars().map(|c| face.glyph(c).0));
                layer.end_text_section();
            }
        }
        drop(self.layers);
        let bytes = self.doc.save_to_bytes().map_err(pdf_error)?;
        out.write_all(&bytes)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_words_and_long_words_within_width() {
        let pdf = Pdf::new("t", false).expect("pdf");
        let text = "Прием граждан по вопросам оформления документов ".repeat(40) + &"Ж".repeat(300);
        let lines = pdf.wrap(&text, 60.0, 8.0, false);
        assert!(lines.len() > 10);
        for l in &lines {
            assert!(pdf.width(l, 8.0, false) <= 60.0 + 0.01, "{l}");
        }
        let joined: String = lines.concat().split_whitespace().collect();
        let orig: String = text.split_whitespace().collect();
        assert_eq!(joined, orig, "no character is lost");
    }

    #[test]
    fn wrap_keeps_line_breaks() {
        let pdf = Pdf::new("t", false).expect("pdf");
        assert_eq!(pdf.wrap("а\nб", 100.0, 8.0, false), vec!["а", "б"]);
        assert_eq!(pdf.wrap("", 100.0, 8.0, false), vec![""]);
    }
}

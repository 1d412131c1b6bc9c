package vn.tonghop.export.model;

/** A piece of a document body, in reading order. */
public sealed interface BodyBlock permits BodyBlock.Heading, BodyBlock.Paragraph, BodyBlock.Html {

    /** A numbered outline heading, e.g. "I. Kết quả triển khai"; level 0 is the outermost. */
    record Heading(String text, int level) implements BodyBlock {
    }

    /** Plain text; line breaks start new paragraphs. {@code italic} for guidance notes. */
    record Paragraph(String text, boolean italic) implements BodyBlock {
    }

    /**
     * A narrative written in the portal: an HTML fragment already sanitised to p, br, b, strong, i, em, u, ul, ol, li,
     * table, thead, tbody, tr, th, td.
     */
    record Html(String html) implements BodyBlock {
    }
}

package vn.tonghop.export.model;

import java.util.List;

/**
 * A text attached after the signature on a new portrait page, e.g. the outline of a request letter: heading "ĐỀ CƯƠNG",
 * the report's title in bold, an optional "(Kèm theo Công văn số …)" note in italics, then the body.
 */
public record Attachment(String heading, String title, String note, List<BodyBlock> body) {

    public Attachment {
        body = body == null ? List.of() : List.copyOf(body);
    }
}

package vn.tonghop.export.model;

import java.util.List;

/**
 * A document in the Decree 30/2020 layout, independent of where its content comes from (a campaign's request letter, a
 * blank outline, a consolidated report). Writers turn it into DOCX.
 *
 * @param title
 *            "BÁO CÁO" for a report, null for a letter (công văn)
 * @param summary
 *            the line under the title, e.g. "Tình hình triển khai cơ chế một cửa quý I/2017"; null for a letter
 * @param addressees
 *            "Kính gửi" lines of a letter; empty for a report
 * @param annexes
 *            annex tables printed after the signature, in landscape
 * @param attachments
 *            texts printed after the signature and before the annexes, each from a new portrait page (the outline of a
 *            request letter)
 */
public record OfficialDocument(DocumentHead head, String title, String summary, List<String> addressees,
        List<BodyBlock> body, Signature signature, List<String> distribution, List<Annex> annexes,
        List<Attachment> attachments) {

    public OfficialDocument {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        body = body == null ? List.of() : List.copyOf(body);
        distribution = distribution == null ? List.of() : List.copyOf(distribution);
        annexes = annexes == null ? List.of() : List.copyOf(annexes);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A document without attachments. */
    public OfficialDocument(DocumentHead head, String title, String summary, List<String> addressees,
            List<BodyBlock> body, Signature signature, List<String> distribution, List<Annex> annexes) {
        this(head, title, summary, addressees, body, signature, distribution, annexes, List.of());
    }
}

package vn.tonghop.export.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import vn.tonghop.export.model.Annex;
import vn.tonghop.export.model.Attachment;
import vn.tonghop.export.model.OfficialDocument;

/**
 * Writes an {@link OfficialDocument} as DOCX in the Decree 30/2020 layout: A4 portrait, margins 20/20/30/15 mm, Times
 * New Roman 14, page numbers centred in the top margin from the second page; attachments from a new page; each annex in
 * its own landscape section. A plain class: no container needed.
 */
public final class DocxWriter {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final HeaderBlockWriter headerBlock = new HeaderBlockWriter();
    private final TitleWriter title = new TitleWriter();
    private final BodyWriter body = new BodyWriter();
    private final SignatureWriter signature = new SignatureWriter();
    private final AttachmentWriter attachment = new AttachmentWriter();
    private final AnnexWriter annex = new AnnexWriter();

    public byte[] write(OfficialDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(document, out);
        return out.toByteArray();
    }

    public void write(OfficialDocument d, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.install(doc);
            Sections sections = new Sections(doc);
            boolean content = false;
            if (d.head() != null) {
                headerBlock.write(doc, d.head());
                content = true;
            }
            if (d.title() != null || !d.addressees().isEmpty()) {
                title.write(doc, d.title(), d.summary(), d.addressees());
                content = true;
            }
            if (!d.body().isEmpty()) {
                body.write(doc, d.body());
                content = true;
            }
            if (d.signature() != null || !d.distribution().isEmpty()) {
                signature.write(doc, d.signature(), d.distribution());
                content = true;
            }
            for (Attachment a : d.attachments()) {
                attachment.write(doc, a, content);
                content = true;
            }
            for (Annex a : d.annexes()) {
                if (content) {
                    sections.startLandscape();
                } else {
                    sections.landscapeFromStart();
                }
                annex.write(doc, a, sections.textWidth());
                content = true;
            }
            sections.finish();
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.tonghop.attachment;

import java.util.List;

/**
 * What the {@code attachments/panel} fragment shows: the files, whether the user may upload (and where the form posts),
 * the outcome of the previous upload or deletion, and suggested kinds of document.
 */
public record AttachmentPanel(List<AttachmentView> items, boolean canUpload, String uploadAction, String notice,
        String error, String limits, List<String> suggestions) {
}

package vn.tonghop.attachment;

/** A campaign or a unit's report as its own feature answers for its attachments, for the current user. */
public interface AttachmentOwner {

    long id();

    /** The user may add and delete files now (the upload form and the delete buttons are shown). */
    boolean canChange();

    /** Refuses, saying why, when the user may not add or delete files now. */
    void requireChangeable();
}

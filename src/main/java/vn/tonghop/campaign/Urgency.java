package vn.tonghop.campaign;

import vn.tonghop.platform.i18n.DocumentWording;

/** Độ khẩn of the letter. */
public enum Urgency {
    NORMAL(""), URGENT(DocumentWording.text("urgency.urgent")), VERY_URGENT(DocumentWording.text("urgency.veryUrgent")),
    EMERGENCY(DocumentWording.text("urgency.emergency"));

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package vn.tonghop.campaign;

/** Độ khẩn of the letter. */
public enum Urgency {
    NORMAL(""), URGENT("KHẨN"), VERY_URGENT("THƯỢNG KHẨN"), EMERGENCY("HỎA TỐC");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package vn.tonghop.rollup.synthesis;

/** One unit's answer to a narrative section, as submitted in one version of its report. */
public record SourceText(String unitCode, String unitName, long version, String html) {
}

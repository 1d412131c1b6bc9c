package vn.tonghop.export.model;

import vn.tonghop.template.model.ColumnType;

/**
 * A data column of an {@link AnnexTable}: numbers are written with at most {@code scale} decimals, trailing zeros
 * dropped (100, 61,54), unless the template set the decimals ({@code fixedScale}: 100,00).
 */
public record ColumnSpec(String code, String header, ColumnType type, int scale, boolean fixedScale) {

    public ColumnSpec(String code, String header, ColumnType type, int scale) {
        this(code, header, type, scale, false);
    }
}

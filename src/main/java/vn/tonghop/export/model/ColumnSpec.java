package vn.tonghop.export.model;

import vn.tonghop.template.model.ColumnType;

/** A data column of an {@link AnnexTable}: numbers are written as numbers with {@code scale} decimals. */
public record ColumnSpec(String code, String header, ColumnType type, int scale) {
}

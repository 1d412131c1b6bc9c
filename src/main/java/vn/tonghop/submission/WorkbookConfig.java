package vn.tonghop.submission;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on uploaded Excel workbooks ({@code tonghop.workbook.*}). A portal workbook weighs a few tens of KB. */
@ConfigMapping(prefix = "tonghop.workbook")
public interface WorkbookConfig {

    @WithDefault("5M")
    MemorySize maxSize();

    /** What the whole file may unpack to (zip bomb guard). */
    @WithDefault("50M")
    MemorySize maxUnpackedSize();

    @WithDefault("50")
    int maxSheets();

    @WithDefault("5000")
    int maxRowsPerSheet();
}

package vn.tonghop.attachment;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on attached files ({@code tonghop.attachments.*}). */
@ConfigMapping(prefix = "tonghop.attachments")
public interface AttachmentConfig {

    /** Largest file accepted. */
    @WithDefault("10M")
    MemorySize maxSize();

    /** Most files on one campaign or one report. */
    @WithDefault("20")
    int maxPerOwner();

    /** Largest total a DOCX/XLSX may unpack to (zip bomb guard). */
    @WithDefault("200M")
    MemorySize maxUnpackedSize();
}

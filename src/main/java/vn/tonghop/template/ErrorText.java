package vn.tonghop.template;

import vn.tonghop.platform.i18n.BundleDefaults;

/**
 * The words of a template error, not yet chosen: the parser runs outside CDI (plain unit tests) and its errors are
 * shown in more than one language, so it keeps which message with which arguments, and whoever shows the error words it
 * with a bundle (pages in the reader's language; the JSON API in Vietnamese).
 */
@FunctionalInterface
public interface ErrorText {

    /** The bundle's own Vietnamese, without the container. */
    TemplateErrorMessages VIETNAMESE = BundleDefaults.of(TemplateErrorMessages.class);

    String in(TemplateErrorMessages messages);

    default String vietnamese() {
        return in(VIETNAMESE);
    }
}

package vn.tonghop.template;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.tonghop.template.model.OutlineTemplate;

/** Either a template (no errors) or the errors found; never both. */
public record TemplateParseResult(OutlineTemplate template, List<TemplateError> errors) {

    public TemplateParseResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
        if (template != null && !errors.isEmpty()) {
            throw new IllegalArgumentException("a result with errors carries no template");
        }
        if (template == null && errors.isEmpty()) {
            throw new IllegalArgumentException("a result without template needs errors");
        }
    }

    public static TemplateParseResult success(OutlineTemplate template) {
        return new TemplateParseResult(template, List.of());
    }

    public static TemplateParseResult failure(List<TemplateError> errors) {
        return new TemplateParseResult(null, errors);
    }

    public boolean isValid() {
        return template != null;
    }

    public Optional<OutlineTemplate> templateIfValid() {
        return Optional.ofNullable(template);
    }

    /** The template, or an exception listing every error one per line. */
    public OutlineTemplate orElseThrow() {
        if (template == null) {
            throw new TemplateException(errors);
        }
        return template;
    }

    /** One error per line, for logs and plain-text display. */
    public String errorReport() {
        return errors.stream().map(TemplateError::toString).collect(Collectors.joining("\n"));
    }
}

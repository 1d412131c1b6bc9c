package vn.tonghop.template.outlineimport;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.TemplateError;
import vn.tonghop.template.TemplateErrorMessages;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.TemplateMessages;
import vn.tonghop.template.TemplateParseResult;
import vn.tonghop.template.TemplateSerializer;
import vn.tonghop.template.model.OutlineTemplate;

/**
 * The template an unsaved draft of the builder page stands for, to preview its fill form and print it blank before it
 * is saved: the YAML of the advanced tab, or the builder's draft as it posts it to {@code /draft/yaml}. Nothing is
 * stored; a draft the parser refuses is refused with the same positioned errors as the upload of that YAML.
 */
@ApplicationScoped
public class DraftTemplates {

    /** The template parsed from the draft, and the YAML it was parsed from (what the preview page posts again). */
    public record Resolved(OutlineTemplate template, String yaml) {
    }

    @Inject
    OutlineImporter importer;

    @Inject
    TemplateLibrary library;

    @Inject
    ObjectMapper json;

    @Inject
    Messages messages;

    /**
     * The template of {@code yaml} when it is not blank, else of the builder's {@code draftJson}; 403 to those who may
     * not write templates, 422 with the errors, line by line, when there is nothing or it is not a valid template.
     */
    public Resolved resolve(String yaml, String draftJson) {
        library.requireAuthor();
        ImportMessages msg = messages.bundle(ImportMessages.class);
        String text;
        if (yaml != null && !yaml.isBlank()) {
            text = yaml;
        } else if (draftJson != null && !draftJson.isBlank()) {
            text = yamlOf(draftJson, msg);
        } else {
            throw PortalException.invalid(msg.draftEmpty());
        }
        TemplateParseResult result = importer.parse(text);
        if (!result.isValid()) {
            TemplateMessages t = messages.bundle(TemplateMessages.class);
            TemplateErrorMessages words = messages.bundle(TemplateErrorMessages.class);
            List<String> lines = new ArrayList<>();
            lines.add(msg.draftRejected());
            for (TemplateError e : result.errors()) {
                lines.add(t.errorAt(e.line(), e.path(), e.message(words)));
            }
            throw PortalException.invalid(lines);
        }
        return new Resolved(result.template(), text);
    }

    private String yamlOf(String draftJson, ImportMessages msg) {
        try {
            OutlineDraft draft = json.readValue(draftJson, OutlineDraft.class);
            if (draft == null) {
                throw PortalException.invalid(msg.badDraft());
            }
            return TemplateSerializer.toYaml(DraftConversion.toTemplate(draft));
        } catch (JsonProcessingException | RuntimeException e) {
            if (e instanceof PortalException p) {
                throw p;
            }
            throw PortalException.invalid(msg.badDraft());
        }
    }
}

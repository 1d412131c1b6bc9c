package vn.tonghop.template.outlineimport;

import jakarta.ws.rs.Path;

/**
 * The import and the builder's conversions for the builder page: the same answers as {@link OutlineImportResource}
 * under /templates, where the browser's session (not a bearer token) authenticates.
 */
@Path("/templates/builder")
public class TemplateBuilderEndpoints extends OutlineImportResource {
}

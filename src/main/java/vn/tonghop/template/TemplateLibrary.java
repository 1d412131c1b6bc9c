package vn.tonghop.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.platform.db.ReplicaLock;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.security.TenantContext;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Role;

/**
 * The template library: files of templates-outline/ loaded at start-up (a changed file becomes a new version) plus
 * versions that tenants create. Every query here is scoped to "shared or owned by my tenant".
 */
@ApplicationScoped
@Transactional
public class TemplateLibrary {

    private static final String VISIBLE = "(t.ownerTenant is null or t.ownerTenant = :tenant)";
    private static final Set<Role> AUTHORS = EnumSet.of(Role.ISSUER, Role.ADMIN);
    /** Far above the largest seed template (about 20 000 characters). */
    static final int MAX_YAML_CHARS = 500_000;

    @ConfigProperty(name = "tonghop.templates.dir", defaultValue = "templates-outline")
    Path directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    AccessService access;

    @Inject
    TenantContext tenantContext;

    @Inject
    Messages messages;

    @Inject
    ReplicaLock replicaLock;

    private final TemplateParser parser = new TemplateParser();
    private final Map<Long, OutlineTemplate> parsed = new ConcurrentHashMap<>();

    /**
     * Runs before the demo data so that demo campaigns can use the seed templates. Replicas started at once load in
     * turn: the later finds the versions the first stored.
     */
    void onStart(@Observes @Priority(10) StartupEvent event) {
        replicaLock.hold("template-library");
        if (!Files.isDirectory(directory)) {
            Log.warnf("No template folder at %s: the shared library stays as it is", directory.toAbsolutePath());
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted()
                    .forEach(this::loadShared);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void loadShared(Path file) {
        try {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            TemplateParseResult result = parser.parse(yaml, file.getFileName().toString());
            if (!result.isValid()) {
                Log.errorf("Template %s is not valid and was not loaded:%n%s", file, result.errorReport());
                return;
            }
            OutlineTemplate template = result.orElseThrow();
            String checksum = sha256(yaml);
            Optional<TemplateVersion> latest = TemplateVersion
                    .<TemplateVersion> find("ownerTenant is null and code = ?1 order by version desc", template.code())
                    .firstResultOptional();
            if (latest.isPresent() && latest.get().checksum.equals(checksum)) {
                return;
            }
            // above every version of the code, tenants' copies included, so that a number names one version
            Integer highest = TemplateVersion.getEntityManager()
                    .createQuery("select max(t.version) from TemplateVersion t where t.code = :code", Integer.class)
                    .setParameter("code", template.code()).getSingleResult();
            int version = Math.max(template.version(), highest == null ? 1 : highest + 1);
            store(null, template, yaml, checksum, version, file.getFileName().toString());
            Log.infof("Template %s loaded as version %d", template.code(), version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TemplateVersion store(String owner, OutlineTemplate template, String yaml, String checksum, int version,
            String sourceFile) {
        TemplateVersion v = new TemplateVersion();
        v.ownerTenant = owner;
        v.code = template.code();
        v.version = version;
        v.title = template.title();
        v.yaml = yaml;
        v.checksum = checksum;
        v.sourceFile = sourceFile;
        v.persist();
        return v;
    }

    /** The tenant whose versions are visible: a job's explicit tenant, else the user's; none for a stranger. */
    private Optional<String> tenantCode() {
        return tenantContext.override().or(currentUser::tenantCode);
    }

    private String tenant() {
        return tenantCode().orElseThrow(() -> PortalException.forbidden(messages.get().forbidden()));
    }

    /** The newest version of every template I may use, by code. */
    public List<TemplateVersion> latestVersions() {
        if (tenantCode().isEmpty()) {
            return List.of();
        }
        return TemplateVersion.find(
                "from TemplateVersion t where " + VISIBLE
                        + " and t.version = (select max(o.version) from TemplateVersion o where o.code = t.code"
                        + " and (o.ownerTenant is null or o.ownerTenant = :tenant)) order by t.code",
                Map.of("tenant", tenant())).list();
    }

    /** Every version I may use, shared and my tenant's, by code then newest first. */
    public List<TemplateVersion> visibleVersions() {
        if (tenantCode().isEmpty()) {
            return List.of();
        }
        return TemplateVersion.find("from TemplateVersion t where " + VISIBLE + " order by t.code, t.version desc",
                Map.of("tenant", tenant())).list();
    }

    public List<TemplateVersion> versions(String code) {
        if (tenantCode().isEmpty()) {
            return List.of();
        }
        return TemplateVersion
                .find("from TemplateVersion t where " + VISIBLE + " and t.code = :code order by t.version",
                        Map.of("tenant", tenant(), "code", code))
                .list();
    }

    public Optional<TemplateVersion> latest(String code) {
        if (tenantCode().isEmpty()) {
            return Optional.empty();
        }
        return TemplateVersion
                .find("from TemplateVersion t where " + VISIBLE + " and t.code = :code" + " order by t.version desc",
                        Map.of("tenant", tenant(), "code", code))
                .firstResultOptional();
    }

    public Optional<TemplateVersion> version(String code, int version) {
        if (tenantCode().isEmpty()) {
            return Optional.empty();
        }
        return TemplateVersion
                .find("from TemplateVersion t where " + VISIBLE + " and t.code = :code" + " and t.version = :version",
                        Map.of("tenant", tenant(), "code", code, "version", version))
                .firstResultOptional();
    }

    /** The parsed outline of a stored version; versions never change, so the parse is cached. */
    public OutlineTemplate outline(TemplateVersion version) {
        return parsed.computeIfAbsent(version.id, id -> parser.parse(version.yaml, version.code).orElseThrow());
    }

    public TemplateParseResult validate(String yaml) {
        return parser.parse(yaml, "upload.yaml");
    }

    /** Issuers and administrators of a tenant write templates; everyone else only reads them. */
    public boolean canAuthor() {
        return currentUser.tenantCode().isPresent() && !access.unitsWithRole(AUTHORS).isEmpty();
    }

    public void requireAuthor() {
        if (!canAuthor()) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
    }

    /** Stores an uploaded or edited template as the next version owned by my tenant. */
    public TemplateVersion createVersion(String yaml) {
        return createVersion(yaml, "upload.yaml");
    }

    /**
     * Stores a template as the next version owned by my tenant, after the same checks as {@link #validate}; refused
     * with the errors (file, line, path) otherwise. Earlier versions stay as they are.
     */
    public TemplateVersion createVersion(String yaml, String fileName) {
        requireAuthor();
        String text = yaml == null ? "" : yaml;
        if (text.length() > MAX_YAML_CHARS) {
            throw PortalException.invalid(messages.get().tooLong("YAML", MAX_YAML_CHARS));
        }
        TemplateParseResult result = parser.parse(text,
                fileName == null || fileName.isBlank() ? "upload.yaml" : fileName);
        if (!result.isValid()) {
            throw new TemplateException(result.errors());
        }
        OutlineTemplate template = result.orElseThrow();
        return audited(store(tenant(), template, text, sha256(text), nextVersion(template.code()), fileName));
    }

    /**
     * Copies a version I can see (normally a shared one) into my tenant as the next version, to be edited and uploaded
     * again from there.
     */
    public TemplateVersion copyToMyTenant(String code, int version) {
        requireAuthor();
        TemplateVersion source = version(code, version)
                .orElseThrow(() -> PortalException.notFound(messages.get().templateNotFound(code)));
        OutlineTemplate template = outline(source);
        return audited(store(tenant(), template, source.yaml, source.checksum, nextVersion(code), source.sourceFile));
    }

    private TemplateVersion audited(TemplateVersion v) {
        audit.record(AuditAction.CREATE, null, "template", v.id, v.code + " v" + v.version + " — " + v.title);
        return v;
    }

    private int nextVersion(String code) {
        return versions(code).stream().mapToInt(v -> v.version).max().orElse(0) + 1;
    }

    public void freeze(TemplateVersion version) {
        TemplateVersion managed = TemplateVersion.findById(version.id);
        managed.frozen = true;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.tonghop.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Memberships for tenant administrators: the list of the units they administer, and the file import. */
@Path("/api/memberships")
@Produces(MediaType.APPLICATION_JSON)
public class MembershipApiResource {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record ImportAnswer(int rows, int usersCreated, int granted) {
        static ImportAnswer of(MembershipImportService.Result r) {
            return new ImportAnswer(r.rows(), r.usersCreated(), r.granted());
        }
    }

    @Inject
    MembershipService memberships;

    @Inject
    MembershipImportService importer;

    @GET
    public List<MembershipService.Row> list() {
        return memberships.list();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ImportAnswer importForm(@RestForm("file") FileUpload file) {
        return ImportAnswer.of(importer.importFile(bytes(file)));
    }

    /**
     * The file as the request body, for scripts: {@code curl --data-binary @people.csv -H 'Content-Type: text/csv'}.
     */
    @POST
    @Path("import")
    @Consumes({ "text/csv", XLSX_TYPE, "application/vnd.ms-excel", MediaType.TEXT_PLAIN,
            MediaType.APPLICATION_OCTET_STREAM })
    public ImportAnswer importBody(byte[] body) {
        return ImportAnswer.of(importer.importFile(body));
    }

    static byte[] bytes(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

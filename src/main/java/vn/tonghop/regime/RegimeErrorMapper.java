package vn.tonghop.regime;

import java.util.List;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Answers a refused regime with its field errors: {@code 422 {"errors": [{"field", "message"}], "messages"}}. */
public class RegimeErrorMapper {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(int status, String error, List<String> messages, List<FieldError> errors) {
    }

    @ServerExceptionMapper
    public Response refused(RegimeRefused e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Body(422, "Unprocessable Content", e.messages(), e.errors())).build();
    }
}

package vn.tonghop.home;

import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.tonghop.platform.i18n.Messages;

/** Campaign search: {@code GET /api/campaigns/search?q=}, and the results page behind the box on /campaigns. */
@Path("/api/campaigns/search")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignSearchResource {

    @Inject
    CampaignSearch search;

    @GET
    public List<CampaignSearch.Hit> search(@RestQuery String q) {
        return search.search(q);
    }

    @Path("/campaigns/search")
    public static class Page {

        @CheckedTemplate(basePath = "CampaignSearch")
        static class Templates {
            static native TemplateInstance results(String q, List<CampaignSearch.Hit> hits);
        }

        @Inject
        CampaignSearch search;

        @Inject
        Messages messages;

        @GET
        @Produces(MediaType.TEXT_HTML)
        public TemplateInstance page(@RestQuery String q) {
            String query = q == null ? "" : q.trim();
            return messages.localise(Templates.results(query, search.search(query)));
        }
    }
}

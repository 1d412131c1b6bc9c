package vn.tonghop.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.user.Role;

/**
 * Everyone the run command's database knows, with their units and roles, for the dev login page: the demo people and
 * whoever was added since. Plain JDBC across tenants, because nobody is logged in yet.
 */
@ApplicationScoped
public class DevLoginPeople {

    private static final String QUERY = """
            select u.username, u.display_name, u.platform_admin, t.name, un.name, m.role
              from app_user u left join tenant t on t.code = u.tenant_id
              left join membership m on m.user_id = u.id and m.tenant_id = u.tenant_id
              left join unit un on un.id = m.unit_id
             order by t.name nulls last, u.username, un.name, m.role""";

    /** One person: their tenant (none for the platform administrator) and what they may do where. */
    public record Person(String username, String displayName, boolean platformAdmin, String tenant,
            List<Place> places) {
    }

    /** One unit of a person with the roles they hold there. */
    public record Place(String unit, List<Role> roles) {
    }

    /** One tenant's people, in the order of the page. */
    public record Tenant(String name, List<Person> people) {
    }

    @Inject
    DataSource dataSource;

    public List<Tenant> byTenant() {
        Map<String, Person> people = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(QUERY);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String username = rs.getString(1);
                String displayName = rs.getString(2);
                boolean platformAdmin = rs.getBoolean(3);
                String tenant = rs.getString(4);
                Person p = people.computeIfAbsent(username,
                        u -> new Person(u, displayName, platformAdmin, tenant, new ArrayList<>()));
                String unit = rs.getString(5);
                String role = rs.getString(6);
                if (unit != null && role != null) {
                    place(p.places(), unit).roles().add(Role.fromCode(role));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the dev login page could not read the people", e);
        }
        people.values().forEach(p -> p.places().forEach(place -> place.roles().sort(null)));
        Map<String, Tenant> tenants = new LinkedHashMap<>();
        for (Person p : people.values()) {
            String key = p.tenant() == null ? "" : p.tenant();
            tenants.computeIfAbsent(key, k -> new Tenant(p.tenant(), new ArrayList<>())).people().add(p);
        }
        return List.copyOf(tenants.values());
    }

    private static Place place(List<Place> places, String unit) {
        for (Place p : places) {
            if (p.unit().equals(unit)) {
                return p;
            }
        }
        Place p = new Place(unit, new ArrayList<>());
        places.add(p);
        return p;
    }
}

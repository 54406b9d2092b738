package org.dateline.it;

import jakarta.json.JsonObject;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Memberships;
import org.dateline.identity.entity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The realm file, as the test run's Keycloak serves it: who is in which group, and what the tokens say. */
class KeycloakTokensIT {

    @Test
    void editorsTokensCarryTheFullGroupPathInIdAccessTokenAndUserinfo() {
        JsonObject tokens = Keycloak.tokens("eli.editor");
        JsonObject access = Keycloak.claims(tokens.getString("access_token"));
        JsonObject id = Keycloak.claims(tokens.getString("id_token"));

        assertThat(Keycloak.groups(access)).containsExactly("/offices/san-jose/editors");
        assertThat(Keycloak.groups(id)).containsExactly("/offices/san-jose/editors");
        assertThat(Keycloak.groups(Keycloak.userinfo(tokens.getString("access_token")))).containsExactly("/offices/san-jose/editors");
        assertThat(access.getString("preferred_username")).isEqualTo("eli.editor");
        assertThat(access.getString("iss")).isEqualTo(Keycloak.REALM);
    }

    @Test
    void accessTokensAreMeantForTheStudio() {
        JsonObject access = Keycloak.claims(Keycloak.accessToken("ana.author"));

        assertThat(access.get("aud").toString()).contains("dateline-studio");
    }

    @Test
    void personInTwoOfficesHasBothGroupsAndBothMemberships() {
        JsonObject access = Keycloak.claims(Keycloak.accessToken("tom.two-offices"));
        Caller tom = Memberships.of("tom.two-offices", Keycloak.groups(access));

        assertThat(Keycloak.groups(access)).containsExactly("/offices/georgetown/authors", "/offices/san-jose/editors");
        assertThat(tom.offices()).containsExactly("georgetown", "san-jose");
        assertThat(tom.rolesIn("san-jose")).containsExactly(Role.EDITOR);
        assertThat(tom.rolesIn("georgetown")).containsExactly(Role.AUTHOR);
    }

    @Test
    void everyDemoRoleInEveryOfficeMapsToItsMembership() {
        String[][] people = {
                {"ana.author", "san-jose", "AUTHOR"}, {"eli.editor", "san-jose", "EDITOR"}, {"sara.admin", "san-jose", "ADMIN"},
                {"gabe.author", "georgetown", "AUTHOR"}, {"grace.editor", "georgetown", "EDITOR"}, {"george.admin", "georgetown", "ADMIN"},
                {"walt.author", "washington", "AUTHOR"}, {"will.editor", "washington", "EDITOR"}, {"wendy.admin", "washington", "ADMIN"}};
        for (String[] person : people) {
            Caller caller = Memberships.of(person[0], Keycloak.groups(Keycloak.claims(Keycloak.accessToken(person[0]))));

            assertThat(caller.offices()).as(person[0]).containsExactly(person[1]);
            assertThat(caller.rolesIn(person[1])).as(person[0]).containsExactly(Role.valueOf(person[2]));
        }
    }

    @Test
    void regionalEditorIsEditorOfTheRegionAndOfNoOffice() {
        JsonObject access = Keycloak.claims(Keycloak.accessToken("rita.regional"));
        Caller rita = Memberships.of("rita.regional", Keycloak.groups(access));

        assertThat(Keycloak.groups(access)).containsExactly("/regions/americas/regional-editors");
        assertThat(rita.regionalEditorOf()).containsExactly("americas");
        assertThat(rita.offices()).isEmpty();
    }

    @Test
    void personWithoutGroupsHasNoMembership() {
        JsonObject access = Keycloak.claims(Keycloak.accessToken("nora.nobody"));

        assertThat(access.containsKey("groups") ? Keycloak.groups(access) : java.util.List.of()).isEmpty();
        assertThat(Memberships.of("nora.nobody", java.util.List.of()).memberships()).isEmpty();
    }
}

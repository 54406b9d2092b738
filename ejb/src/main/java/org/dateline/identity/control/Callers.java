package org.dateline.identity.control;

import com.ibm.websphere.security.auth.WSSubject;
import com.ibm.websphere.security.cred.WSCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dateline.identity.entity.Caller;
import org.dateline.identity.entity.Memberships;

import javax.security.auth.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the signed-in person from the server's security subject, with the groups Keycloak has them
 * in now ({@link CurrentGroups}). The server's OpenID Connect clients (Keycloak's {@code groups}
 * claim, realm name {@code dateline} in keycloak.xml) deliver the groups of the sign-in there in the
 * same form as a user registry would ({@code group:dateline//offices/san-jose/editors}), whether the
 * person signed in with the browser or sent an access token, so the boundaries do not depend on how
 * the person signed in; those groups count only while Keycloak cannot be asked.
 */
@ApplicationScoped
public class Callers {

    @Inject
    CurrentGroups currentGroups;

    public Caller current() {
        try {
            Subject subject = WSSubject.getCallerSubject();
            if (subject == null) {
                subject = WSSubject.getRunAsSubject();
            }
            if (subject == null) {
                return Caller.ANONYMOUS;
            }
            for (WSCredential credential : subject.getPublicCredentials(WSCredential.class)) {
                if (credential.isUnauthenticated()) {
                    return Caller.ANONYMOUS;
                }
                String prefix = "group:" + credential.getRealmName() + "/";
                List<String> groups = new ArrayList<>();
                for (Object id : credential.getGroupIds()) {
                    String group = String.valueOf(id);
                    groups.add(group.startsWith(prefix) ? group.substring(prefix.length()) : group);
                }
                String name = credential.getSecurityName();
                return Memberships.of(name, currentGroups.of(name, groups));
            }
            return Caller.ANONYMOUS;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the signed-in person", e);
        }
    }
}

package org.dateline.it;

import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/**
 * The application under test is the real EAR as the build made it, plus a test module that runs
 * the tests inside the server.
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive dateline(Class<?>... testClasses) {
        File ear = new File(System.getProperty("dateline.ear", "target/dateline.ear"));
        EnterpriseArchive archive = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "test.war")
                .addClasses(testClasses)
                .addClasses(Deployments.class, SignedIn.class, SignedInWork.class, TestPages.class, Keycloak.class, Site.class, Site.Page.class, Newsroom.class)
                .addAsLibrary(jarOf(Assertions.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset("""
                        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                            <security-constraint>
                                <web-resource-collection>
                                    <web-resource-name>signed in with Keycloak</web-resource-name>
                                    <url-pattern>/signed-in</url-pattern>
                                </web-resource-collection>
                                <auth-constraint><role-name>**</role-name></auth-constraint>
                            </security-constraint>
                        </web-app>
                        """), "web.xml");
        archive.addAsModule(Testable.archiveToTest(tests));
        archive.setApplicationXML(new StringAsset("""
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                    <application-name>dateline</application-name>
                    <module><ejb>dateline-ejb.jar</ejb></module>
                    <module><web><web-uri>dateline-web.war</web-uri><context-root>/</context-root></web></module>
                    <module><web><web-uri>test.war</web-uri><context-root>/test</context-root></web></module>
                    <library-directory>lib</library-directory>
                </application>
                """));
        return archive;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package uk.cmlnetwork.ear.incontainer;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real web module with the EAR's libraries (cml-core, Liquibase...), plus the test classes. */
final class Deployments {
    private Deployments() {
    }

    static WebArchive application(Class<?>... tests) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File("target/cml.ear"));
        WebArchive web = ShrinkWrap.create(WebArchive.class, "cml-web.war")
                .merge(ear.getAsType(WebArchive.class, "cml-web.war"));
        File[] libraries = new File("target/cml/lib").listFiles((dir, name) -> name.endsWith(".jar"));
        if (libraries == null || libraries.length == 0) {
            throw new IllegalStateException("Package the EAR first: target/cml/lib has no libraries");
        }
        return web.addAsLibraries(libraries).addClasses(tests).addClass(Deployments.class);
    }
}

package org.ltcare.it;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.ltcare.it.server.ServerCall;

/** The one deployment of every integration test: the WAR the build made, plus the test classes. */
public final class Deployments {

    private static final ArchivePath WEB_XML = ArchivePaths.create("WEB-INF/web.xml");
    private static final String PUBLIC_MARKER = "<url-pattern>/login.xhtml</url-pattern>";

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("war.file", "target/ROOT.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class)
                .addPackage(Deployments.class.getPackage())
                .addPackage(ServerCall.class.getPackage());
        return openTestRunner(archive);
    }

    /**
     * The application denies every URL to anonymous callers; Arquillian's in-container test runner servlet
     * must be reachable, and so must the tests' own server calls ({@link ServerCall}): the test deployment's web.xml
     * lists them among the public URLs.
     */
    private static WebArchive openTestRunner(WebArchive archive) {
        String webXml = read(archive);
        if (!webXml.contains(PUBLIC_MARKER)) {
            throw new IllegalStateException("web.xml has no public URL list to extend");
        }
        String opened = webXml.replace(PUBLIC_MARKER, PUBLIC_MARKER
                + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>"
                + "<url-pattern>/ArquillianServletRunner</url-pattern>"
                + "<url-pattern>" + ServerCall.PATH + "</url-pattern>");
        archive.delete(WEB_XML);
        return archive.setWebXML(new StringAsset(opened));
    }

    private static String read(WebArchive archive) {
        try (InputStream in = archive.get(WEB_XML).getAsset().openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

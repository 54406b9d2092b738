package org.dateline.identity.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class loader of keycloak-admin-client, its RESTEasy client and their own Jakarta REST API,
 * child-first, so that none of it is visible to the application. Liberty's own Jakarta REST is
 * RESTEasy too: with RESTEasy's classes on the application's class path (in the EAR, or in a
 * library the application delegates to), Liberty's server side links against the wrong copies
 * (a loader constraint violation on {@code org.jboss.resteasy.core.ResourceMethodInvoker}, or
 * Weld's DeploymentException of Open Liberty issue 23834).
 * <p>
 * What it loads itself: every class in the library's jars, and the classes of
 * {@code org.dateline.identity.control.adminclient} (read from the application, defined here so
 * that they link to the library). Everything else, the JDK and the Dateline types that cross the
 * {@link StaffDirectory} boundary, comes from the application. Service files are read only from
 * the library, so that RESTEasy never finds the server's providers.
 */
final class AdminClientClassLoader extends URLClassLoader {

    static final String BRIDGE_PACKAGE = "org.dateline.identity.control.adminclient.";

    static {
        registerAsParallelCapable();
    }

    AdminClientClassLoader(Path libraryDirectory, ClassLoader application) {
        super("keycloak-admin-client", jars(libraryDirectory), application);
    }

    private static URL[] jars(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<URL> urls = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().map(f -> {
                try {
                    return f.toUri().toURL();
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            if (urls.isEmpty()) {
                throw new IllegalStateException("no jars in " + directory);
            }
            return urls.toArray(URL[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the keycloak-admin-client library in " + directory, e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null && name.startsWith(BRIDGE_PACKAGE)) {
                loaded = defineFromApplication(name);
            }
            if (loaded == null && !name.startsWith("java.")) {
                try {
                    loaded = findClass(name);
                } catch (ClassNotFoundException notInLibrary) {
                    loaded = null;
                }
            }
            if (loaded == null) {
                loaded = getParent().loadClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> defineFromApplication(String name) throws ClassNotFoundException {
        String resource = name.replace('.', '/') + ".class";
        try (InputStream in = getParent().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        if (own != null || name.startsWith("META-INF/services/")) {
            return own;
        }
        return getParent().getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        Enumeration<URL> own = findResources(name);
        if (name.startsWith("META-INF/services/")) {
            return own;
        }
        List<URL> all = Collections.list(own);
        all.addAll(Collections.list(getParent().getResources(name)));
        return Collections.enumeration(all);
    }
}

package org.datasetkit.core.deposit.services;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The services the deposit ITs start from their {@code setup.groovy}, in the invoker's JVM, kept by the IT's folder so
 * that its {@code verify.groovy} can ask what arrived and stop it. (A test harness's registry: the invoker runs the
 * scripts of every IT with one class loader.)
 */
public final class ItServices {

    private static final Map<String, FakeService> STARTED = new ConcurrentHashMap<>();

    private ItServices() {}

    public static FakeDorisService doris(File basedir) throws IOException {
        return keep(basedir, FakeDorisService.startForIt());
    }

    public static FakeZenodoService zenodo(File basedir, String token) throws IOException {
        return keep(basedir, new FakeZenodoService(token));
    }

    public static FakeDataverseService dataverse(File basedir, String key, String collection) throws IOException {
        return keep(basedir, new FakeDataverseService(key, collection, "MD5"));
    }

    /** The service the IT in this folder started. */
    public static FakeService of(File basedir) {
        return STARTED.get(basedir.getAbsolutePath());
    }

    public static void stop(File basedir) {
        FakeService s = STARTED.remove(basedir.getAbsolutePath());
        if (s != null) {
            s.close();
        }
    }

    private static <T extends FakeService> T keep(File basedir, T service) {
        FakeService before = STARTED.put(basedir.getAbsolutePath(), service);
        if (before != null) {
            before.close();
        }
        return service;
    }
}

package org.datasetkit.consumers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.loc.repository.bagit.conformance.BagProfileChecker;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.exceptions.conformance.MetatdataValueIsNotAcceptableException;
import gov.loc.repository.bagit.reader.BagReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.datasetkit.core.bag.BagitProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Library of Congress bagit-java (SND's Bagger reads bags with it) checks our bags against our built-in profiles. */
class BagProfileConsumersTest {

    @TempDir
    Path root;

    @TempDir
    Path out;

    @Test
    void anSndBagInTheDorisFormConformsToTheSndDorisProfile() throws Exception {
        Path bagDir = ConsumerBundles.build(root, out, Optional.of(BagitProfile.sndDoris())).archive();
        Bag bag = new BagReader().read(bagDir);

        BagProfileChecker.bagConformsToProfile(json(BagitProfile.sndDoris()), bag);

        String info = Files.readString(bagDir.resolve("bag-info.txt"));
        assertThat(info).contains(
                "Access-Right: http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC\n",
                "Bag-Group-Identifier: https://doi.org/10.5878/abcd-0000\n",
                "Dataset-Status: http://publications.europa.eu/resource/authority/dataset-status/COMPLETED\n",
                "External-Identifier: https://doi.org/10.5878/abcd-1234\n",
                "Internal-Sender-Identifier: 2026-123-1.2.0\n", "Version: 1.2.0\n",
                "BagIt-Profile-Identifier: https://datasetkit.org/profiles/snd-doris-v1.json\n");
        System.out.println("bag-info.txt of the restricted medical snd dataset (snd-doris):\n" + info);
    }

    @Test
    void anSndBagInTheBaggerFormConformsToTheSndBaggerProfile() throws Exception {
        Path bagDir = ConsumerBundles.build(root, out, Optional.of(BagitProfile.sndBagger()), false).archive();
        Bag bag = new BagReader().read(bagDir);

        BagProfileChecker.bagConformsToProfile(json(BagitProfile.sndBagger()), bag);

        assertThat(Files.readString(bagDir.resolve("bag-info.txt"))).contains("Access-Right: NON_PUBLIC\n",
                "Bag-Group-Identifier: 2026-123\n", "BagIt-Profile-Identifier: https://datasetkit.org/profiles/snd-bagger-v1.json\n");
    }

    @Test
    void theCheckerRefusesTheBaggerFormUnderTheDorisProfile() throws Exception {
        Path bagDir = ConsumerBundles.build(root, out, Optional.of(BagitProfile.sndBagger()), false).archive();
        Bag bag = new BagReader().read(bagDir);

        assertThatThrownBy(() -> BagProfileChecker.bagConformsToProfile(json(BagitProfile.sndDoris()), bag))
                .isInstanceOf(MetatdataValueIsNotAcceptableException.class);
    }

    private static ByteArrayInputStream json(BagitProfile profile) {
        return new ByteArrayInputStream(profile.json().getBytes(StandardCharsets.UTF_8));
    }
}

package fr.passpro.charge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The generator's rules that do not need a database (its refusals on a database were checked by hand: README). */
class GenerateurIdfTest {

    @Test
    void check_letters_are_those_of_real_uais() {
        // 0750647W and 0940132H are real UAIs (Paris, Saint-Maur-des-Fossés), checked by passpro-ejb's Uai class.
        assertEquals('W', GenerateurIdf.lettreDeControle("0750647"));
        assertEquals('H', GenerateurIdf.lettreDeControle("0940132"));
    }

    @Test
    void splits_give_the_exact_total_and_the_minimum_to_each() {
        int[] parts = GenerateurIdf.repartirPoids(60_000, new double[] { 1, 4.5, 0.2, 1, 0.7 }, 1);
        assertEquals(60_000, Arrays.stream(parts).sum());
        assertTrue(Arrays.stream(parts).allMatch(p -> p >= 1));
        assertEquals(1000, Arrays.stream(GenerateurIdf.repartir(1000, new double[] { 12, 14, 14, 11, 13, 12, 11, 13 })).sum());
    }

    @Test
    void duplicate_key_is_the_applications() {
        LocalDate naissance = LocalDate.of(2012, 3, 4);
        assertEquals(GenerateurIdf.cleDoublon("Benali", "Samia", naissance), GenerateurIdf.cleDoublon("BEN-ALI", "samia", naissance));
        assertEquals("benali|samia|2012-03-04", GenerateurIdf.cleDoublon("Benali", "Samïa", naissance));
    }

    @Test
    void refuses_a_database_that_does_not_say_it_is_a_test_one() throws Exception {
        GenerateurIdf generateur = new GenerateurIdf();
        generateur.lireArguments(new String[] { "--base", "passpro" });
        GenerateurIdf.Refus refus = assertThrows(GenerateurIdf.Refus.class, generateur::verifierNomDeBase);
        assertTrue(refus.getMessage().contains("ne porte pas un nom de base d'essai"), refus.getMessage());

        GenerateurIdf force = new GenerateurIdf();
        force.lireArguments(new String[] { "--base", "passpro", "--force" });
        force.verifierNomDeBase();
    }

    @Test
    void refuses_more_voeux_than_inscriptions_allow() throws Exception {
        GenerateurIdf generateur = new GenerateurIdf();
        generateur.lireArguments(new String[] { "--eleves", "1000", "--voeux", "9000" });
        GenerateurIdf.Refus refus = assertThrows(GenerateurIdf.Refus.class, generateur::verifierProportionsDeBase);
        assertEquals(4, refus.code);
        assertTrue(refus.getMessage().startsWith("Proportions impossibles : 9 000 vœux pour 1 000 élèves"), refus.getMessage());
    }

    @Test
    void refuses_an_unknown_option_in_french() {
        GenerateurIdf.Refus refus = assertThrows(GenerateurIdf.Refus.class,
                () -> new GenerateurIdf().lireArguments(new String[] { "--seed", "1" }));
        assertTrue(refus.getMessage().startsWith("Option inconnue"));
    }
}

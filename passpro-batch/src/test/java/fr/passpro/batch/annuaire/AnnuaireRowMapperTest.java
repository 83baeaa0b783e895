package fr.passpro.batch.annuaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.batch.annuaire.LigneIgnoree.Raison;
import fr.passpro.domain.catalogue.importation.Rejet;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnuaireRowMapperTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2027, 1, 15);
    private final AnnuaireRowMapper mapper = new AnnuaireRowMapper("24", Set.of("077", "093", "094"), AUJOURDHUI);

    private static LigneBrute ligne(Object... colonnesValeurs) {
        Map<AnnuaireColonne, String> valeurs = new EnumMap<>(AnnuaireColonne.class);
        valeurs.put(AnnuaireColonne.UAI, "0771234Y");
        valeurs.put(AnnuaireColonne.NOM, "Collège Les Tilleuls");
        valeurs.put(AnnuaireColonne.TYPE, "Collège");
        valeurs.put(AnnuaireColonne.STATUT, "Public");
        valeurs.put(AnnuaireColonne.COMMUNE, "Melun");
        valeurs.put(AnnuaireColonne.DEPARTEMENT, "077");
        valeurs.put(AnnuaireColonne.ACADEMIE, "24");
        valeurs.put(AnnuaireColonne.MAIL, "ce.0771234Y@ac-creteil.fr");
        valeurs.put(AnnuaireColonne.ETAT, "OUVERT");
        for (int i = 0; i < colonnesValeurs.length; i += 2) {
            valeurs.put((AnnuaireColonne) colonnesValeurs[i], (String) colonnesValeurs[i + 1]);
        }
        return new LigneBrute(7, valeurs, true);
    }

    private LigneAnnuaire acceptee(LigneBrute ligne) throws LigneAnnuaireRejeteeException {
        return (LigneAnnuaire) mapper.lire(ligne);
    }

    @Test
    void aCollegeOfTheAcademieIsAcceptedAsItIs() throws Exception {
        LigneAnnuaire l = acceptee(ligne());
        assertThat(l).isEqualTo(new LigneAnnuaire(7, "0771234Y", "Collège Les Tilleuls", Nature.COLLEGE, false,
                Secteur.PUBLIC, "Melun", "077", "ce.0771234Y@ac-creteil.fr", null));
    }

    @Test
    void shortCodesAreCompletedAndPrivateIsRead() throws Exception {
        LigneAnnuaire l = acceptee(ligne(AnnuaireColonne.DEPARTEMENT, "77", AnnuaireColonne.STATUT, "Privé",
                AnnuaireColonne.MAIL, ""));
        assertThat(l.departement()).isEqualTo("077");
        assertThat(l.secteur()).isEqualTo(Secteur.PRIVE);
        assertThat(l.mail()).isNull();
    }

    @Test
    void lyceesTakeTheirNatureFromTheNationalCodeOrTheirVocationalPath() throws Exception {
        assertThat(acceptee(ligne(AnnuaireColonne.TYPE, "Lycée", AnnuaireColonne.CODE_NATURE, "320")).nature())
                .isEqualTo(Nature.LYCEE_PROFESSIONNEL);
        assertThat(acceptee(ligne(AnnuaireColonne.TYPE, "Lycée", AnnuaireColonne.CODE_NATURE, "306")).nature())
                .isEqualTo(Nature.LPO);
        assertThat(acceptee(ligne(AnnuaireColonne.TYPE, "Lycée", AnnuaireColonne.CODE_NATURE, "300",
                AnnuaireColonne.VOIE_PROFESSIONNELLE, "1")).nature()).isEqualTo(Nature.LPO);
        LigneAnnuaire sansPrecision = acceptee(ligne(AnnuaireColonne.TYPE, "LYCEE"));
        assertThat(sansPrecision.nature()).isEqualTo(Nature.LPO);
        assertThat(sansPrecision.natureIncertaine()).isTrue();
    }

    @Test
    void schoolsPassproDoesNotManageAreIgnoredNotRejected() throws Exception {
        assertThat(mapper.lire(ligne(AnnuaireColonne.TYPE, "Ecole", AnnuaireColonne.UAI, "n'importe quoi")))
                .isEqualTo(new LigneIgnoree(7, Raison.NON_GEREE));
        assertThat(mapper.lire(ligne(AnnuaireColonne.TYPE, "EREA"))).isEqualTo(new LigneIgnoree(7, Raison.NON_GEREE));
        assertThat(mapper.lire(ligne(AnnuaireColonne.TYPE, "Lycée", AnnuaireColonne.CODE_NATURE, "300",
                AnnuaireColonne.VOIE_PROFESSIONNELLE, "0"))).isEqualTo(new LigneIgnoree(7, Raison.NON_GEREE));
    }

    @Test
    void linesOfAnotherAcademieAreIgnoredWhateverTheirErrors() throws Exception {
        assertThat(mapper.lire(ligne(AnnuaireColonne.ACADEMIE, "25", AnnuaireColonne.UAI, "0780000X",
                AnnuaireColonne.DEPARTEMENT, "078"))).isEqualTo(new LigneIgnoree(7, Raison.HORS_ACADEMIE));
        assertThat(mapper.lire(ligne(AnnuaireColonne.ACADEMIE, "1"))).isEqualTo(new LigneIgnoree(7, Raison.HORS_ACADEMIE));
        assertThat(mapper.lire(ligne(AnnuaireColonne.ACADEMIE, "", AnnuaireColonne.DEPARTEMENT, "075")))
                .isEqualTo(new LigneIgnoree(7, Raison.HORS_ACADEMIE));
        assertThat(mapper.lire(ligne(AnnuaireColonne.ACADEMIE, "", AnnuaireColonne.DEPARTEMENT, "93")))
                .isInstanceOf(LigneAnnuaire.class);
    }

    @Test
    void aFermeEtatOrAPastClosingDateClosesIt() throws Exception {
        assertThat(acceptee(ligne(AnnuaireColonne.ETAT, "FERME")).fermeture()).isEqualTo(AUJOURDHUI);
        assertThat(acceptee(ligne(AnnuaireColonne.ETAT, "A FERMER")).fermeture()).isNull();
        assertThat(acceptee(ligne(AnnuaireColonne.ETAT, "A OUVRIR")).fermeture()).isNull();
        assertThat(acceptee(ligne(AnnuaireColonne.DATE_FERMETURE, "31/12/2026")).fermeture())
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(acceptee(ligne(AnnuaireColonne.DATE_FERMETURE, "2027-07-04")).fermeture()).isNull();
    }

    @Test
    void everyProblemOfABrokenLineIsReportedWithItsColumnValueAndReason() {
        assertThatThrownBy(() -> mapper.lire(ligne(AnnuaireColonne.UAI, "0771234A", AnnuaireColonne.NOM, "",
                AnnuaireColonne.DEPARTEMENT, "075", AnnuaireColonne.MAIL, "pas-une-adresse",
                AnnuaireColonne.STATUT, "Associatif", AnnuaireColonne.ETAT, "En sommeil")))
                .isInstanceOfSatisfying(LigneAnnuaireRejeteeException.class, e -> {
                    assertThat(e.getLigne()).isEqualTo(7);
                    assertThat(e.getRejets()).extracting(Rejet::colonne).containsExactly("Identifiant_de_l_etablissement",
                            "Nom_etablissement", "Statut_public_prive", "Code_departement", "Mail", "etat");
                    assertThat(e.getRejets()).allMatch(Rejet::isErreur);
                    assertThat(e.getRejets().get(0).motif()).contains("lettre de contrôle attendue est Y");
                    assertThat(e.getRejets().get(0).valeur()).isEqualTo("0771234A");
                    assertThat(e.getRejets().get(3).motif()).contains("Département inconnu de l'académie 24");
                });
    }

    @Test
    void anUnknownTypeOrAnIncompleteLineIsRejected() {
        assertThatThrownBy(() -> mapper.lire(ligne(AnnuaireColonne.TYPE, "Université")))
                .isInstanceOfSatisfying(LigneAnnuaireRejeteeException.class,
                        e -> assertThat(e.getRejets().get(0).motif()).contains("Type d'établissement inconnu"));
        LigneBrute coupee = new LigneBrute(9, ligne().valeurs(), false);
        assertThatThrownBy(() -> mapper.lire(coupee))
                .isInstanceOfSatisfying(LigneAnnuaireRejeteeException.class,
                        e -> assertThat(e.getRejets().get(0).motif()).contains("Ligne incomplète"));
    }
}

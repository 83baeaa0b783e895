package fr.passpro.batch.annuaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.infrastructure.excel.FichierRefuseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnuaireCsvTest {

    /** The header of the national export (data.education.gouv.fr, fr-en-annuaire-education), in its order. */
    static final String EN_TETE_NATIONAL = "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;"
            + "Statut_public_prive;Adresse_1;Adresse_2;Adresse_3;Code_postal;Code_commune;Nom_commune;Code_departement;"
            + "Code_academie;Code_region;Ecole_maternelle;Ecole_elementaire;Voie_generale;Voie_technologique;"
            + "Voie_professionnelle;Telephone;Fax;Web;Mail;Restauration;Hebergement;ULIS;Apprentissage;Segpa;"
            + "Section_arts;Section_cinema;Section_theatre;Section_sport;Section_internationale;Section_europeenne;"
            + "Lycee_Agricole;Lycee_militaire;Lycee_des_metiers;Post_BAC;Appartenance_Education_Prioritaire;GRETA;"
            + "SIREN_SIRET;Nombre_d_eleves;Fiche_onisep;position;Type_contrat_prive;Libelle_departement;"
            + "Libelle_academie;Libelle_region;coordX_origine;coordY_origine;epsg_origine;nom_circonscription;latitude;"
            + "longitude;precision_localisation;date_ouverture;date_maj_ligne;etat;ministere_tutelle;multi_uai;"
            + "rpi_concentre;rpi_disperse;code_nature;libelle_nature;Code_type_contrat_prive;PIAL;etablissement_mere;"
            + "type_rattachement_etablissement_mere;code_circonscription;code_zone_animation_pedagogique;"
            + "libelle_zone_animation_pedagogique;code_bassin_formation;libelle_bassin_formation";

    /** A line of the national export for a collège of Seine-et-Marne, with the national file's empty columns. */
    static String ligneNationale(String uai, String nom, String type, String statut, String dep, String academie,
                                 String mail, String etat, String codeNature, String voiePro) {
        String[] v = new String[EN_TETE_NATIONAL.split(";").length];
        java.util.Arrays.fill(v, "");
        v[0] = uai;
        v[1] = nom;
        v[2] = type;
        v[3] = statut;
        v[4] = "1 rue de l'École";
        v[7] = "77000";
        v[9] = "Melun";
        v[10] = dep;
        v[11] = academie;
        v[17] = voiePro;
        v[21] = mail;
        v[42] = "\"{'lon': 2.6, 'lat': 48.5}\"";
        v[56] = etat;
        v[61] = codeNature;
        return String.join(";", v);
    }

    private static List<LigneBrute> lire(String texte) {
        List<LigneBrute> lignes = new ArrayList<>();
        try (AnnuaireCsv csv = AnnuaireCsv.ouvrir(AnnuaireCsv.compresser(texte.getBytes(StandardCharsets.UTF_8)))) {
            csv.forEachRemaining(lignes::add);
        }
        return lignes;
    }

    @Test
    void theNationalExportIsRecognisedWithItsByteOrderMarkAndOtherColumnsIgnored() {
        List<LigneBrute> lignes = lire("\uFEFF" + EN_TETE_NATIONAL + "\r\n"
                + ligneNationale("0771234Y", "Collège Les Tilleuls", "Collège", "Public", "077", "24",
                "ce.0771234y@ac-creteil.fr", "OUVERT", "340", "0") + "\r\n");

        assertThat(lignes).singleElement().satisfies(l -> {
            assertThat(l.ligne()).isEqualTo(2);
            assertThat(l.complete()).isTrue();
            assertThat(l.valeur(AnnuaireColonne.UAI)).isEqualTo("0771234Y");
            assertThat(l.valeur(AnnuaireColonne.NOM)).isEqualTo("Collège Les Tilleuls");
            assertThat(l.valeur(AnnuaireColonne.COMMUNE)).isEqualTo("Melun");
            assertThat(l.valeur(AnnuaireColonne.DEPARTEMENT)).isEqualTo("077");
            assertThat(l.valeur(AnnuaireColonne.ACADEMIE)).isEqualTo("24");
            assertThat(l.valeur(AnnuaireColonne.MAIL)).isEqualTo("ce.0771234y@ac-creteil.fr");
            assertThat(l.valeur(AnnuaireColonne.ETAT)).isEqualTo("OUVERT");
            assertThat(l.valeur(AnnuaireColonne.CODE_NATURE)).isEqualTo("340");
        });
    }

    @Test
    void headersAreMatchedWhateverTheirCaseAccentsUnderscoresAndOrder() {
        List<LigneBrute> lignes = lire("ÉTAT,Courriel,code académie,Code département,Commune,STATUT PUBLIC PRIVÉ,"
                + "Type d'établissement,Nom de l'établissement,identifiant de l'établissement\n"
                + "FERME,,24,94,Créteil,Privé,Lycée,Lycée Saint-Jean,0940001A\n");

        assertThat(lignes).singleElement().satisfies(l -> {
            assertThat(l.valeur(AnnuaireColonne.UAI)).isEqualTo("0940001A");
            assertThat(l.valeur(AnnuaireColonne.ETAT)).isEqualTo("FERME");
            assertThat(l.valeur(AnnuaireColonne.STATUT)).isEqualTo("Privé");
        });
    }

    @Test
    void aWrongHeaderIsRefusedNamingEveryMissingColumn() {
        assertThatThrownBy(() -> lire("UAI;Nom;Ville;Département\n0771234Y;Collège;Melun;77\n"))
                .isInstanceOf(FichierRefuseException.class)
                .hasMessageContaining("n'a pas l'en-tête de l'annuaire")
                .hasMessageContaining("« Type_etablissement »")
                .hasMessageContaining("« Statut_public_prive »")
                .hasMessageContaining("« Code_academie »")
                .hasMessageContaining("« Mail »")
                .hasMessageContaining("« etat » (ou « date_fermeture »)")
                .hasMessageNotContaining("Identifiant_de_l_etablissement")
                .hasMessageContaining("Aucun établissement n'a été modifié");
    }

    @Test
    void aClosingDateColumnStandsInForTheEtat() {
        List<LigneBrute> lignes = lire("UAI;Nom;Type;Statut;Commune;Département;Académie;Mail;Date de fermeture\n"
                + "0771234Y;Collège;Collège;Public;Melun;77;24;;2026-07-01\n");
        assertThat(lignes.get(0).valeur(AnnuaireColonne.DATE_FERMETURE)).isEqualTo("2026-07-01");
        assertThat(lignes.get(0).contient(AnnuaireColonne.ETAT)).isFalse();
    }

    @Test
    void blankLinesAreSkippedButCountInTheLineNumbersAndAShortLineIsIncomplete() {
        List<LigneBrute> lignes = lire("UAI;Nom;Type;Statut;Commune;Département;Académie;Mail;etat\n"
                + "0771234Y;Collège A;Collège;Public;Melun;77;24;;OUVERT\n"
                + ";;;;;;;;\n"
                + "\n"
                + "0771235R;Collège B;Collège\n");
        assertThat(lignes).extracting(LigneBrute::ligne).containsExactly(2, 5);
        assertThat(lignes.get(1).complete()).isFalse();
    }

    @Test
    void aFileInWindows1252IsReadToo() {
        byte[] latin = ("UAI;Nom;Type;Statut;Commune;Département;Académie;Mail;etat\n"
                + "0771234Y;Collège Éluard;Collège;Privé;Melun;77;24;;OUVERT\n").getBytes(AnnuaireCsv.WINDOWS_1252);
        try (AnnuaireCsv csv = AnnuaireCsv.ouvrir(AnnuaireCsv.compresser(latin))) {
            assertThat(csv.next().valeur(AnnuaireColonne.NOM)).isEqualTo("Collège Éluard");
        }
    }

    @Test
    void anUnclosedQuoteRefusesTheFile() {
        assertThatThrownBy(() -> lire("UAI;Nom;Type;Statut;Commune;Département;Académie;Mail;etat\n"
                + "0771234Y;\"Collège;Collège;Public;Melun;77;24;;OUVERT\n"))
                .isInstanceOf(FichierRefuseException.class)
                .hasMessageContaining("guillemet");
    }
}

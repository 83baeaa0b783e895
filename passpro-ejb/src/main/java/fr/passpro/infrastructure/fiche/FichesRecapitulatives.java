package fr.passpro.infrastructure.fiche;

import fr.passpro.domain.shared.Francais;
import fr.passpro.infrastructure.pdf.Polices;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import fr.passpro.infrastructure.fiche.FicheRecapitulative.Entretien;
import fr.passpro.infrastructure.fiche.FicheRecapitulative.Voeu;

/**
 * The printed fiche récapitulative: for each pupil, the interviews, both avis on each vœu and the compte rendu, with a
 * box where the family writes its observations and signs. In the house style of the convocation.
 *
 * <p>Layout rules, because a collège prints a whole class at once and hands each family its own sheets: each pupil
 * starts on a new page; an inscription (domaine, interview, vœux, compte rendu) is never split across pages unless it
 * is taller than a page on its own; the family box does not start a page alone: the last inscription goes with it,
 * unless it is also the first, which stays with the pupil's identity.
 * The footer names the pupil and numbers the pages « n / total » within the pupil's fiche, not within the document, so
 * that a family can tell it has all its pages and a sheet left on the printer can be given back to the right pupil.
 * In a document of several pupils, a fiche of an odd number of pages is followed by a page left blank, so that printed
 * recto verso each pupil starts on a sheet of its own.
 *
 * <p>French typography: non-breaking spaces inside « 13 h 30 », before « : » and inside guillemets.
 */
public final class FichesRecapitulatives {

    static final String PAGE_BLANCHE = "Page laissée blanche pour l'impression recto verso : la fiche de l'élève suivant"
            + " commence sur une nouvelle feuille.";

    static final String AFFELNET = "Les formations proposées dans Passpro ne donnent aucun bonus dans Affelnet-Lycée.";

    private static final char NBSP = '\u00a0';
    private static final String DEUX_POINTS = NBSP + ": ";

    /** The information notice for families, in short (the page « Données personnelles » of Passpro says it all). */
    static final String DONNEES = "Vos données" + DEUX_POINTS + "Passpro garde l'identité de l'élève, ses inscriptions,"
            + " les avis et les comptes rendus pour organiser ses entretiens, jusqu'à la fermeture de la campagne puis"
            + " pendant la durée de conservation fixée par l'académie (12 mois par défaut), avant de les supprimer. Pour"
            + " les consulter, les corriger ou les faire supprimer, adressez-vous au chef d'établissement du collège ou au"
            + " SAIO de l'académie de {academie}. Détails" + DEUX_POINTS + "page « Données personnelles » de Passpro.";

    private static final Color BLEU_FRANCE = new Color(0, 0, 145);
    private static final Color GRIS = new Color(102, 102, 102);
    private static final Color FOND = new Color(238, 238, 238);
    private static final Color TRAIT = new Color(190, 190, 190);

    private static final Font ENTETE = new Font(Polices.GRASSE, 10, Font.NORMAL, BLEU_FRANCE);
    private static final Font TITRE = new Font(Polices.GRASSE, 16, Font.NORMAL, Color.BLACK);
    private static final Font DOMAINE = new Font(Polices.GRASSE, 12, Font.NORMAL, BLEU_FRANCE);
    private static final Font TEXTE = new Font(Polices.REGULIERE, 10, Font.NORMAL, Color.BLACK);
    private static final Font ETIQUETTE = new Font(Polices.GRASSE, 10, Font.NORMAL, Color.BLACK);
    private static final Font COMMENTAIRE = new Font(Polices.REGULIERE, 8.5f, Font.NORMAL, Color.BLACK);
    private static final Font AJOUT = new Font(Polices.GRASSE, 8.5f, Font.NORMAL, BLEU_FRANCE);
    private static final Font PETIT = new Font(Polices.REGULIERE, 8.5f, Font.NORMAL, GRIS);
    private static final float TAILLE_PIED = 8;

    private static final float MARGE = 50;
    private static final float MARGE_HAUT = 45;
    private static final float MARGE_BAS = 55;
    private static final float ESPACE_BLOC = 12;
    private static final int LIGNES_OBSERVATIONS = 5;

    private static final DateTimeFormatter JOUR_SEMAINE = DateTimeFormatter.ofPattern("EEEE", Locale.FRENCH);
    private static final DateTimeFormatter MOIS_ANNEE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private FichesRecapitulatives() {
    }

    /** The fiche of one pupil. */
    public static byte[] une(FicheRecapitulative f) {
        return plusieurs(List.of(Objects.requireNonNull(f)));
    }

    /**
     * The fiches of a class or of the whole collège as one document to print at once, in the order given, each pupil
     * starting on a new page; an empty list is refused.
     */
    public static byte[] plusieurs(List<FicheRecapitulative> fs) {
        if (fs.isEmpty()) {
            throw new IllegalArgumentException("Aucune fiche récapitulative à imprimer.");
        }
        FicheRecapitulative premiere = Objects.requireNonNull(fs.get(0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGE, MARGE, MARGE_HAUT, MARGE_BAS);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
            PiedDePage pied = new PiedDePage();
            writer.setPageEvent(pied);
            document.addTitle(fs.size() == 1 ? "Fiche récapitulative – " + eleve(premiere)
                    : "Fiches récapitulatives des entretiens d'information");
            document.addSubject("Passpro, fiche récapitulative des entretiens d'information");
            document.addAuthor(premiere.collegeNom());
            document.addCreator("Passpro");
            document.open();
            for (int i = 0; i < fs.size(); i++) {
                if (i > 0) {
                    document.newPage();
                    pied.finFiche();
                    if (pied.pages() % 2 == 1) {
                        // Printed recto verso, the next pupil must not start on the back of this one's last sheet.
                        pied.pageBlanche();
                        document.add(new Paragraph(Francais.guillemets(PAGE_BLANCHE), PETIT));
                        document.newPage();
                    }
                }
                FicheRecapitulative f = Objects.requireNonNull(fs.get(i));
                pied.debutFiche(writer, eleve(f) + (vide(f.eleveClasse()) ? "" : ", " + f.eleveClasse().strip()));
                fiche(document, writer, f);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Fiche récapitulative impossible à produire pour " + eleve(premiere), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static void fiche(Document document, PdfWriter writer, FicheRecapitulative f) throws DocumentException {
        document.add(new Paragraph(Francais.guillemets("Académie " + Francais.de(f.academieNom().strip()) + " – Passpro – "
                + f.anneeScolaire().strip()), ENTETE));
        Paragraph h1 = new Paragraph(Francais.guillemets("Fiche récapitulative des entretiens d'information"), TITRE);
        h1.setSpacingBefore(8);
        h1.setSpacingAfter(4);
        document.add(h1);
        document.add(new Paragraph(Francais.guillemets("Les lycées professionnels ont reçu l'élève en entretien d'information. Voici, pour"
                + " chaque domaine, l'avis du collège et celui du lycée sur chaque formation demandée, et le compte"
                + " rendu de l'entretien."), TEXTE));

        PdfPTable eleve = new PdfPTable(new float[] { 28, 72 });
        eleve.setWidthPercentage(100);
        eleve.setSpacingBefore(8);
        ligne(eleve, "Élève", eleve(f));
        if (!vide(f.eleveClasse())) {
            ligne(eleve, "Classe", f.eleveClasse().strip());
        }
        ligne(eleve, "Date de naissance", date(f.eleveNaissance()));
        ligne(eleve, "Collège", f.collegeNom().strip() + (vide(f.collegeCommune()) ? "" : ", " + f.collegeCommune().strip()));
        if (!vide(f.referentNom())) {
            ligne(eleve, "Personne référente", f.referentNom().strip()
                    + (vide(f.referentEmail()) ? "" : " (" + f.referentEmail().strip() + ")"));
        }
        document.add(eleve);

        float largeur = document.right() - document.left();
        float hauteurPage = document.top() - document.bottom();
        List<Entretien> entretiens = f.entretiens();
        PdfPTable fin = fin(largeur, f.academieNom());
        for (int i = 0; i < entretiens.size(); i++) {
            PdfPTable bloc = bloc(entretiens.get(i), largeur);
            if (i > 0 && i == entretiens.size() - 1) {
                // the family box goes with the last inscription, so it never opens a page alone; not the first
                // inscription, though, which stays with the pupil's identity rather than leave it alone on a page
                float ensemble = ESPACE_BLOC + bloc.getTotalHeight() + ESPACE_BLOC + fin.getTotalHeight();
                float reste = writer.getVerticalPosition(true) - document.bottom();
                if (ensemble > reste && ensemble <= hauteurPage) {
                    document.newPage();
                }
            }
            document.add(bloc);
        }
        document.add(fin);
    }

    /** One inscription, kept on one page: domaine, lycée, interview, presence, vœux and compte rendu. */
    private static PdfPTable bloc(Entretien e, float largeur) {
        PdfPTable t = new PdfPTable(new float[] { 9, 35, 30, 26 });
        t.setTotalWidth(largeur);
        t.setLockedWidth(true);
        t.setSpacingBefore(ESPACE_BLOC);
        t.setKeepTogether(true);
        t.setSplitLate(true);
        // an inscription taller than a page is split after all: its title is repeated on the next page
        t.setHeaderRows(1);

        PdfPCell titre = pleine(new Phrase(Francais.guillemets(e.domaine().strip()), DOMAINE));
        titre.setBorder(Rectangle.BOTTOM);
        titre.setBorderColor(BLEU_FRANCE);
        titre.setBorderWidth(1);
        titre.setPaddingBottom(5);
        t.addCell(titre);

        Phrase infos = new Phrase();
        infos.add(new Chunk(Francais.guillemets("Lycée d'accueil" + DEUX_POINTS), ETIQUETTE));
        infos.add(new Chunk(Francais.guillemets(e.lyceeNom().strip() + (vide(e.lyceeCommune()) ? "" : ", " + e.lyceeCommune().strip())),
                TEXTE));
        infos.add(new Chunk(Francais.guillemets("\nDate et modalité" + DEUX_POINTS), ETIQUETTE));
        infos.add(new Chunk(Francais.guillemets(entretien(e)), TEXTE));
        if (e.debut() != null) {
            infos.add(new Chunk("\nPrésence à l'entretien" + DEUX_POINTS, ETIQUETTE));
            infos.add(new Chunk(presence(e.presence()), TEXTE));
        }
        PdfPCell cellInfos = pleine(infos);
        cellInfos.setLeading(0, 1.4f);
        cellInfos.setPaddingTop(5);
        cellInfos.setPaddingBottom(6);
        t.addCell(cellInfos);

        for (String entete : List.of("Rang", "Formation demandée", "Avis du collège", "Avis du lycée")) {
            PdfPCell c = new PdfPCell(new Phrase(Francais.guillemets(entete), ETIQUETTE));
            c.setBackgroundColor(FOND);
            c.setBorderColor(TRAIT);
            c.setPadding(4);
            t.addCell(c);
        }
        e.voeux().stream().sorted(Comparator.comparingInt(Voeu::rang)).forEach(v -> voeu(t, e, v));

        PdfPCell compteRendu;
        if (!e.individuel()) {
            compteRendu = pleine(new Phrase(Francais.guillemets("Entretien collectif" + DEUX_POINTS + "pas de compte rendu"), PETIT));
        } else if (e.compteRendu() == null) {
            compteRendu = pleine(new Phrase(Francais.guillemets("Compte rendu non encore saisi"), PETIT));
        } else {
            Phrase p = new Phrase();
            p.add(new Chunk(Francais.guillemets("Compte rendu de l'entretien\n"), ETIQUETTE));
            p.add(new Chunk(Francais.guillemets(e.compteRendu()), TEXTE));
            compteRendu = pleine(p);
            compteRendu.setLeading(0, 1.35f);
        }
        compteRendu.setPaddingTop(7);
        t.addCell(compteRendu);
        return t;
    }

    private static void voeu(PdfPTable t, Entretien e, Voeu v) {
        PdfPCell rang = cadre(new Phrase(Francais.guillemets(String.valueOf(v.rang())), TEXTE));
        rang.setHorizontalAlignment(Element.ALIGN_CENTER);
        t.addCell(rang);

        Phrase formation = new Phrase(Francais.guillemets(v.formation().strip()), TEXTE);
        formation.add(new Chunk(Francais.guillemets("\n" + v.etablissement().strip()), PETIT));
        if (v.ajouteALEntretien()) {
            formation.add(new Chunk(Francais.guillemets("\najouté lors de l'entretien"), AJOUT));
        }
        t.addCell(cadre(formation));

        Phrase origine;
        if (v.avisOrigine() != null) {
            origine = new Phrase(Francais.guillemets(v.avisOrigine()), ETIQUETTE);
        } else {
            origine = new Phrase(Francais.guillemets(v.ajouteALEntretien() ? "—" : "non renseigné"), PETIT);
        }
        if (!vide(v.commentaireOrigine())) {
            origine.add(new Chunk(Francais.guillemets("\n" + v.commentaireOrigine().strip()), COMMENTAIRE));
        }
        t.addCell(cadre(origine));

        if (v.avisAccueil() != null) {
            t.addCell(cadre(new Phrase(Francais.guillemets(v.avisAccueil()), ETIQUETTE)));
        } else {
            t.addCell(cadre(new Phrase(Francais.guillemets(!e.individuel() ? "sans objet (entretien collectif)" : "en attente"), PETIT)));
        }
    }

    /** The Affelnet reminder and the family box, kept together. */
    private static PdfPTable fin(float largeur, String academie) {
        PdfPTable t = new PdfPTable(1);
        t.setTotalWidth(largeur);
        t.setLockedWidth(true);
        t.setSpacingBefore(ESPACE_BLOC);
        t.setKeepTogether(true);

        PdfPCell rappel = new PdfPCell(new Phrase(Francais.guillemets("Rappel" + DEUX_POINTS + AFFELNET), ETIQUETTE));
        rappel.setBackgroundColor(FOND);
        rappel.setBorder(Rectangle.LEFT);
        rappel.setBorderWidthLeft(3);
        rappel.setBorderColorLeft(BLEU_FRANCE);
        rappel.setLeading(0, 1.3f);
        rappel.setPadding(7);
        t.addCell(rappel);

        PdfPCell espace = new PdfPCell(new Phrase(Francais.guillemets(" "), PETIT));
        espace.setBorder(Rectangle.NO_BORDER);
        espace.setFixedHeight(10);
        t.addCell(espace);

        PdfPCell observations = new PdfPCell(new Phrase(Francais.guillemets("Observations de la famille"), ETIQUETTE));
        observations.setBorder(Rectangle.TOP | Rectangle.LEFT | Rectangle.RIGHT);
        observations.setPadding(7);
        t.addCell(observations);
        for (int i = 0; i < LIGNES_OBSERVATIONS; i++) {
            PdfPCell ligne = new PdfPCell(new Phrase(Francais.guillemets(" "), TEXTE));
            ligne.setBorder(Rectangle.LEFT | Rectangle.RIGHT);
            ligne.setFixedHeight(20);
            ligne.setCellEvent((cell, position, canvases) -> {
                PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
                cb.saveState();
                cb.setColorStroke(TRAIT);
                cb.setLineWidth(0.5f);
                cb.moveTo(position.getLeft() + 8, position.getBottom() + 2);
                cb.lineTo(position.getRight() - 8, position.getBottom() + 2);
                cb.stroke();
                cb.restoreState();
            });
            t.addCell(ligne);
        }
        PdfPTable signature = new PdfPTable(new float[] { 35, 65 });
        signature.setWidthPercentage(100);
        for (String champ : List.of("Date" + DEUX_POINTS, "Signature des représentants légaux" + DEUX_POINTS)) {
            PdfPCell c = new PdfPCell(new Phrase(Francais.guillemets(champ), ETIQUETTE));
            c.setBorder(Rectangle.NO_BORDER);
            c.setFixedHeight(55);
            signature.addCell(c);
        }
        PdfPCell cadreSignature = new PdfPCell(signature);
        cadreSignature.setBorder(Rectangle.LEFT | Rectangle.RIGHT | Rectangle.BOTTOM);
        cadreSignature.setPadding(7);
        t.addCell(cadreSignature);

        PdfPCell donnees = new PdfPCell(new Phrase(Francais.guillemets(DONNEES.replace("{academie}", academie)), PETIT));
        donnees.setBorder(Rectangle.NO_BORDER);
        donnees.setPaddingTop(6);
        donnees.setLeading(0, 1.2f);
        t.addCell(donnees);
        return t;
    }

    /** « mercredi 17 mars 2027 à 13 h 30, entretien individuel, en présentiel ». */
    static String entretien(Entretien e) {
        String modalite = (e.individuel() ? "entretien individuel" : "entretien collectif")
                + (e.distanciel() ? ", à distance" : ", en présentiel");
        if (e.debut() == null) {
            return "Entretien à venir (" + modalite.substring("entretien ".length()) + ")";
        }
        LocalDate jour = e.debut().toLocalDate();
        return JOUR_SEMAINE.format(jour) + " " + date(jour) + " à " + heure(e.debut().toLocalTime()) + ", " + modalite;
    }

    /** A wording that needs no agreement with the pupil: « oui », « non », « non (absence excusée) ». */
    static String presence(String presence) {
        if (presence == null) {
            return "non renseignée";
        }
        return switch (presence) {
            case "Présent" -> "oui";
            case "Absent" -> "non";
            case "Excusé" -> "non (absence excusée)";
            default -> presence;
        };
    }

    /** « 17 mars 2027 », « 1er mars 2027 », with non-breaking spaces. */
    static String date(LocalDate date) {
        int quantieme = date.getDayOfMonth();
        return (quantieme == 1 ? "1er" : String.valueOf(quantieme)) + NBSP + MOIS_ANNEE.format(date).replace(' ', NBSP);
    }

    /** « 13 h 30 », « 14 h », with non-breaking spaces. */
    static String heure(LocalTime time) {
        return time.getHour() + (NBSP + "h") + (time.getMinute() == 0 ? "" : NBSP + String.format("%02d", time.getMinute()));
    }

    private static String eleve(FicheRecapitulative f) {
        return f.elevePrenom().strip() + " " + f.eleveNom().strip();
    }

    private static void ligne(PdfPTable table, String etiquette, String valeur) {
        for (PdfPCell c : List.of(new PdfPCell(new Phrase(Francais.guillemets(etiquette), ETIQUETTE)), new PdfPCell(new Phrase(Francais.guillemets(valeur), TEXTE)))) {
            c.setBorder(Rectangle.BOTTOM);
            c.setBorderColor(FOND);
            c.setPadding(4);
            table.addCell(c);
        }
    }

    private static PdfPCell pleine(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setColspan(4);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingLeft(0);
        c.setPaddingRight(0);
        return c;
    }

    private static PdfPCell cadre(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setBorderColor(TRAIT);
        c.setPadding(4);
        c.setPaddingBottom(6);
        return c;
    }

    private static boolean vide(String text) {
        return text == null || text.isBlank();
    }

    /**
     * The footer: the pupil and « page n / total » within the pupil's fiche; the total is a template written once the
     * fiche's last page is done.
     */
    private static final class PiedDePage extends PdfPageEventHelper {

        private String eleve;
        private int page;
        private PdfTemplate total;
        private boolean blanche;

        /** The number of pages of the current fiche so far. */
        int pages() {
            return page;
        }

        /** The next page ends without footer: it is not part of any pupil's fiche. */
        void pageBlanche() {
            blanche = true;
        }

        void debutFiche(PdfWriter writer, String eleve) {
            this.eleve = eleve;
            this.page = 0;
            this.total = writer.getDirectContent().createTemplate(40, TAILLE_PIED + 4);
        }

        /** Called once the fiche's last page has ended. */
        void finFiche() {
            if (total != null) {
                total.beginText();
                total.setFontAndSize(Polices.REGULIERE, TAILLE_PIED);
                total.setColorFill(GRIS);
                total.setTextMatrix(0, 2);
                total.showText(String.valueOf(page));
                total.endText();
                total = null;
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (blanche) {
                blanche = false;
                return;
            }
            page++;
            String texte = "Fiche récapitulative – " + eleve + " – page " + page + " / ";
            float x = document.left();
            float y = document.bottom() - 25;
            PdfContentByte cb = writer.getDirectContent();
            cb.saveState();
            cb.beginText();
            cb.setFontAndSize(Polices.REGULIERE, TAILLE_PIED);
            cb.setColorFill(GRIS);
            cb.setTextMatrix(x, y);
            cb.showText(texte);
            cb.endText();
            cb.addTemplate(total, x + Polices.REGULIERE.getWidthPoint(texte, TAILLE_PIED), y - 2);
            cb.restoreState();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            finFiche();
        }
    }
}

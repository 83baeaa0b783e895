package fr.passpro.infrastructure.pdf;

import fr.passpro.domain.shared.Francais;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.catalogue.consultation.FormationDetail;
import fr.passpro.domain.catalogue.consultation.FormationVue;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The « fiche d'aide à la préparation » of one formation: a one or two page A4 guide that the pupil fills in with the
 * personne référente before the interview. It asks for no school report (rule 7 of the procedure).
 * Text is set in DejaVu Sans, embedded, when the server has it; otherwise in Helvetica with the Windows-1252
 * encoding, which also covers every French letter (é, è, ç, œ, « »).
 */
@ApplicationScoped
public class FicheAidePreparation {


    /** The questions the pupil prepares, each followed by ruled lines. */
    static final List<String> QUESTIONS = List.of(
            "Le métier et ses conditions d'exercice : en quoi consiste-t-il, où et comment l'exerce-t-on ?",
            "Ce que la formation attend des élèves : qualités, goûts, aptitudes, stages en entreprise.",
            "Les débouchés et la poursuite d'études après la formation.",
            "Pourquoi ce choix : ce qui m'attire dans ce métier et dans cette formation.",
            "Les questions à poser lors de l'entretien.");

    private static final Color BLEU_FRANCE = new Color(0, 0, 145);
    private static final Color GRIS = new Color(102, 102, 102);
    private static final Color FOND = new Color(238, 238, 238);
    private static final int LIGNES_PAR_QUESTION = 4;
    private static final float HAUTEUR_LIGNE = 20f;

    private final BaseFont regular;
    private final BaseFont bold;

    public FicheAidePreparation() {
        regular = Polices.REGULIERE;
        bold = Polices.GRASSE;
    }

    /** Whether the text is set in the embedded DejaVu font (else Helvetica). */
    public boolean policeIntegree() {
        return regular.getEncoding().equals(BaseFont.IDENTITY_H);
    }

    /** The PDF document of the fiche. */
    public byte[] pdf(FormationDetail detail) {
        FormationVue f = detail.formation();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 45, 45);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
            document.addTitle("Fiche d'aide à la préparation – " + f.libelle());
            document.addSubject("Passpro, préparation de l'entretien");
            document.addAuthor("Académie " + Francais.de(detail.academieCampagneNom()));
            document.addCreator("Passpro");
            document.open();

            Font entete = new Font(bold, 10, Font.NORMAL, BLEU_FRANCE);
            Font titre = new Font(bold, 17, Font.NORMAL, Color.BLACK);
            Font section = new Font(bold, 12, Font.NORMAL, BLEU_FRANCE);
            Font texte = new Font(regular, 10.5f, Font.NORMAL, Color.BLACK);
            Font etiquette = new Font(bold, 10.5f, Font.NORMAL, Color.BLACK);
            Font petit = new Font(regular, 8.5f, Font.NORMAL, GRIS);

            Paragraph enTete = new Paragraph(Francais.guillemets("Académie " + Francais.de(detail.academieCampagneNom()) + " — Passpro"), entete);
            document.add(enTete);
            document.add(new Paragraph(Francais.guillemets("Campagne " + detail.campagneAnnee()), petit));
            Paragraph h1 = new Paragraph(Francais.guillemets("Fiche d'aide à la préparation de l'entretien"), titre);
            h1.setSpacingBefore(8);
            h1.setSpacingAfter(4);
            document.add(h1);
            document.add(new Paragraph(Francais.guillemets("À remplir par l'élève avec la personne référente du collège avant l'entretien."
                    + " Apporte cette fiche le jour de l'entretien."), texte));

            document.add(titreSection("La formation", section));
            PdfPTable formation = tableau();
            ligne(formation, "Formation", f.libelle(), etiquette, texte);
            ligne(formation, "Code formation (CFD)", f.cfd(), etiquette, texte);
            ligne(formation, "Diplôme", f.diplome().libelle(), etiquette, texte);
            if (f.familleMetiers() != null) {
                ligne(formation, "Famille de métiers", f.familleMetiers(), etiquette, texte);
            }
            ligne(formation, "Domaine", f.domaine(), etiquette, texte);
            document.add(formation);

            document.add(titreSection("Le lycée et l'entretien", section));
            PdfPTable lycee = tableau();
            ligne(lycee, "Lycée", f.lycee() + ", " + f.commune() + " (UAI " + f.lyceeUai() + ")", etiquette, texte);
            ligne(lycee, "Lycée accueil-référent", detail.accueilNom() + ", " + detail.accueilCommune()
                    + " (UAI " + detail.accueilUai() + ")", etiquette, texte);
            ligne(lycee, "Modalité d'entretien", modalite(f.modalite()), etiquette, texte);
            document.add(lycee);

            document.add(titreSection("Je prépare mon entretien", section));
            for (int i = 0; i < QUESTIONS.size(); i++) {
                Paragraph question = new Paragraph(Francais.guillemets((i + 1) + ". " + QUESTIONS.get(i)), etiquette);
                question.setSpacingBefore(6);
                question.setKeepTogether(true);
                document.add(question);
                document.add(lignesAEcrire(LIGNES_PAR_QUESTION));
            }

            PdfPTable rappel = new PdfPTable(1);
            rappel.setWidthPercentage(100);
            rappel.setSpacingBefore(12);
            PdfPCell cellule = new PdfPCell(new Phrase(Francais.guillemets("Rappel : aucun bulletin scolaire n'est demandé pour l'entretien"
                    + " Passpro. L'entretien porte sur ton projet et ta motivation."), etiquette));
            cellule.setBackgroundColor(FOND);
            cellule.setBorder(Rectangle.LEFT);
            cellule.setBorderWidthLeft(3);
            cellule.setBorderColorLeft(BLEU_FRANCE);
            cellule.setPadding(8);
            rappel.addCell(cellule);
            document.add(rappel);

            PdfPTable identite = tableau();
            identite.setSpacingBefore(12);
            identite.setKeepTogether(true);
            for (String champ : List.of("Nom et prénom de l'élève", "Collège", "Personne référente")) {
                PdfPCell nom = new PdfPCell(new Phrase(Francais.guillemets(champ + " :"), etiquette));
                nom.setBorder(Rectangle.NO_BORDER);
                nom.setPaddingTop(10);
                identite.addCell(nom);
                PdfPCell vide = new PdfPCell(new Phrase(Francais.guillemets(" "), texte));
                vide.setBorder(Rectangle.BOTTOM);
                vide.setBorderColor(GRIS);
                vide.setFixedHeight(HAUTEUR_LIGNE + 4);
                identite.addCell(vide);
            }
            document.add(identite);

            Paragraph pied = new Paragraph(Francais.guillemets("Passpro : passerelle vers la voie professionnelle. Les formations Passpro"
                    + " n'apportent pas de bonification dans Affelnet-Lycée."), petit);
            pied.setSpacingBefore(14);
            pied.setAlignment(Element.ALIGN_CENTER);
            document.add(pied);
        } catch (DocumentException e) {
            throw new IllegalStateException("Fiche d'aide à la préparation impossible à produire pour " + f.cfd(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static String modalite(ModaliteEntretien modalite) {
        return modalite == ModaliteEntretien.INDIVIDUEL
                ? "Entretien individuel : l'élève est reçu seul par l'équipe du lycée."
                : "Entretien collectif : l'élève est reçu avec d'autres élèves intéressés par le domaine.";
    }

    private static Paragraph titreSection(String text, Font font) {
        Paragraph p = new Paragraph(Francais.guillemets(text), font);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable tableau() {
        PdfPTable table = new PdfPTable(new float[] { 32, 68 });
        table.setWidthPercentage(100);
        return table;
    }

    private static void ligne(PdfPTable table, String etiquette, String valeur, Font fontEtiquette, Font fontValeur) {
        PdfPCell nom = new PdfPCell(new Phrase(Francais.guillemets(etiquette), fontEtiquette));
        PdfPCell val = new PdfPCell(new Phrase(Francais.guillemets(valeur == null ? "" : valeur), fontValeur));
        for (PdfPCell c : List.of(nom, val)) {
            c.setBorder(Rectangle.BOTTOM);
            c.setBorderColor(FOND);
            c.setPadding(4);
        }
        table.addCell(nom);
        table.addCell(val);
    }

    private static PdfPTable lignesAEcrire(int nombre) {
        PdfPTable lignes = new PdfPTable(1);
        lignes.setWidthPercentage(100);
        lignes.setKeepTogether(true);
        for (int i = 0; i < nombre; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(new Chunk(" ")));
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(GRIS);
            cell.setBorderWidthBottom(0.5f);
            cell.setFixedHeight(HAUTEUR_LIGNE);
            lignes.addCell(cell);
        }
        return lignes;
    }
}

package fr.passpro.infrastructure.convocation;

import fr.passpro.domain.shared.Francais;
import fr.passpro.infrastructure.pdf.Polices;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;

import com.lowagie.text.Anchor;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The printed convocation: one A4 page per pupil that the collège hands to the pupil and the family, in the house
 * style of the fiche d'aide à la préparation. A cancelled convocation is never printed: the caller passes none.
 */
public final class ConvocationPdf {

    private static final Color BLEU_FRANCE = new Color(0, 0, 145);
    private static final Color GRIS = new Color(102, 102, 102);
    private static final Color FOND = new Color(238, 238, 238);

    private static final Font ENTETE = new Font(Polices.GRASSE, 10, Font.NORMAL, BLEU_FRANCE);
    private static final Font TITRE = new Font(Polices.GRASSE, 17, Font.NORMAL, Color.BLACK);
    private static final Font SECTION = new Font(Polices.GRASSE, 12, Font.NORMAL, BLEU_FRANCE);
    private static final Font TEXTE = new Font(Polices.REGULIERE, 10.5f, Font.NORMAL, Color.BLACK);
    private static final Font ETIQUETTE = new Font(Polices.GRASSE, 10.5f, Font.NORMAL, Color.BLACK);
    private static final Font LIEN = new Font(Polices.REGULIERE, 10.5f, Font.UNDERLINE, BLEU_FRANCE);
    private static final Font PETIT = new Font(Polices.REGULIERE, 8.5f, Font.NORMAL, GRIS);

    private ConvocationPdf() {
    }

    /** The convocation of one pupil. */
    public static byte[] une(ConvocationDocument d) {
        return plusieurs(List.of(d));
    }

    /** The convocations of several pupils, one page each, to print them all at once; an empty list is refused. */
    public static byte[] plusieurs(List<ConvocationDocument> ds) {
        if (ds.isEmpty()) {
            throw new IllegalArgumentException("Aucune convocation à imprimer.");
        }
        ConvocationDocument premiere = Objects.requireNonNull(ds.get(0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 45, 45);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
            document.addTitle(ds.size() == 1 ? "Convocation à un entretien d'information – " + premiere.eleve()
                    : "Convocations à un entretien d'information");
            document.addSubject("Passpro, convocation à un entretien d'information");
            document.addAuthor(premiere.lyceeNom());
            document.addCreator("Passpro");
            document.open();
            for (int i = 0; i < ds.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                page(document, ds.get(i));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Convocation impossible à produire pour " + premiere.uid(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static void page(Document document, ConvocationDocument d) throws DocumentException {
        document.add(new Paragraph(Francais.guillemets("Académie " + Francais.de(d.academieNom()) + " – Passpro"), ENTETE));
        document.add(new Paragraph(Francais.guillemets(Redaction.lycee(d)), PETIT));
        Paragraph h1 = new Paragraph(Francais.guillemets("Convocation à un entretien d'information"), TITRE);
        h1.setSpacingBefore(8);
        h1.setSpacingAfter(4);
        document.add(h1);
        document.add(new Paragraph(Francais.guillemets("Un entretien d'information sur les formations professionnelles demandées est"
                + " fixé pour l'élève ci-dessous."), TEXTE));

        document.add(titreSection("L'élève"));
        PdfPTable eleve = tableau();
        ligne(eleve, "Élève", d.eleve());
        if (!Redaction.vide(d.eleveClasse())) {
            ligne(eleve, "Classe", d.eleveClasse());
        }
        ligne(eleve, "Établissement d'origine", Redaction.college(d));
        if (!Redaction.vide(d.referentNom())) {
            ligne(eleve, "Personne référente", d.referentNom()
                    + (Redaction.vide(d.referentEmail()) ? "" : " (" + d.referentEmail().strip() + ")"));
        }
        document.add(eleve);

        document.add(titreSection("L'entretien"));
        PdfPTable entretien = tableau();
        ligne(entretien, "Date", Redaction.jour(d.debut().toLocalDate()));
        ligne(entretien, "Horaire", Redaction.horaire(d.debut(), d.fin()));
        if (d.distanciel()) {
            PdfPCell nom = cellule(new Phrase(Francais.guillemets("Lieu"), ETIQUETTE));
            Phrase lien = new Phrase(Francais.guillemets("À distance, par visioconférence : "), TEXTE);
            Anchor anchor = new Anchor(d.lienVisio().strip(), LIEN);
            anchor.setReference(d.lienVisio().strip());
            lien.add(anchor);
            entretien.addCell(nom);
            entretien.addCell(cellule(lien));
        } else {
            ligne(entretien, "Lieu", Redaction.lieuSurPlace(d));
        }
        ligne(entretien, "Modalité", Redaction.modaliteExpliquee(d));
        ligne(entretien, "Lycée d'accueil", Redaction.lycee(d));
        ligne(entretien, "Domaine", d.domaine());
        ligne(entretien, d.formations().size() > 1 ? "Formations demandées" : "Formation demandée",
                String.join("\n", d.formations()));
        if (!Redaction.vide(d.intervenants())) {
            ligne(entretien, "Intervenants", d.intervenants().strip());
        }
        document.add(entretien);

        PdfPTable rappel = new PdfPTable(1);
        rappel.setWidthPercentage(100);
        rappel.setSpacingBefore(14);
        Paragraph aApporter = new Paragraph();
        aApporter.add(new Phrase(Francais.guillemets("À apporter : "), ETIQUETTE));
        aApporter.add(new Phrase(Francais.guillemets(Redaction.A_APPORTER + ". " + Redaction.SANS_BULLETIN), TEXTE));
        if (d.distanciel()) {
            aApporter.add(new Phrase(Francais.guillemets("\nSe connecter quelques minutes avant l'heure, avec une caméra et un micro."),
                    TEXTE));
        }
        PdfPCell encadre = new PdfPCell(aApporter);
        encadre.setBackgroundColor(FOND);
        encadre.setBorder(Rectangle.LEFT);
        encadre.setBorderWidthLeft(3);
        encadre.setBorderColorLeft(BLEU_FRANCE);
        encadre.setPadding(8);
        rappel.addCell(encadre);
        document.add(rappel);

        Paragraph famille = new Paragraph(Francais.guillemets(Redaction.FAMILLE), TEXTE);
        famille.setSpacingBefore(10);
        document.add(famille);
        Paragraph contact = new Paragraph(Francais.guillemets("Pour toute question, ou si l'élève ne peut pas venir, le collège écrit au"
                + " lycée : " + d.lyceeMail().strip() + "."), TEXTE);
        contact.setSpacingBefore(6);
        document.add(contact);

        Paragraph pied = new Paragraph(Francais.guillemets("Convocation établie par Passpro le "
                + Redaction.jour(d.horodatage().atZone(InvitationCalendrier.PARIS).toLocalDate())
                + ". Les formations Passpro n'apportent pas de bonification dans Affelnet-Lycée."), PETIT);
        pied.setSpacingBefore(18);
        pied.setAlignment(Element.ALIGN_CENTER);
        document.add(pied);
    }

    private static Paragraph titreSection(String text) {
        Paragraph p = new Paragraph(Francais.guillemets(text), SECTION);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable tableau() {
        PdfPTable table = new PdfPTable(new float[] { 30, 70 });
        table.setWidthPercentage(100);
        return table;
    }

    private static void ligne(PdfPTable table, String etiquette, String valeur) {
        table.addCell(cellule(new Phrase(Francais.guillemets(etiquette), ETIQUETTE)));
        table.addCell(cellule(new Phrase(Francais.guillemets(valeur), TEXTE)));
    }

    private static PdfPCell cellule(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(FOND);
        c.setPadding(4);
        return c;
    }
}

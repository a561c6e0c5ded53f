import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Lays rendered report pages side by side, two to a row, each framed, into one PNG for the docs.
 * Run with the JDK's single-file launcher: {@code java bin/PngMontage.java OUT.png PAGE.png…}.
 */
public class PngMontage {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java bin/PngMontage.java OUT.png PAGE.png...");
            System.exit(2);
        }
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 1; i < args.length; i++) pages.add(ImageIO.read(new File(args[i])));
        int columns = Math.min(2, pages.size());
        int rows = (pages.size() + columns - 1) / columns;
        int w = pages.stream().mapToInt(BufferedImage::getWidth).max().orElseThrow();
        int h = pages.stream().mapToInt(BufferedImage::getHeight).max().orElseThrow();
        int gap = 12;
        BufferedImage out = new BufferedImage(columns * (w + gap) + gap, rows * (h + gap) + gap, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xE8E8E8));
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        for (int i = 0; i < pages.size(); i++) {
            int x = gap + (i % columns) * (w + gap);
            int y = gap + (i / columns) * (h + gap);
            g.drawImage(pages.get(i), x, y, null);
            g.setColor(new Color(0xA0A0A0));
            g.drawRect(x - 1, y - 1, pages.get(i).getWidth() + 1, pages.get(i).getHeight() + 1);
        }
        g.dispose();
        ImageIO.write(out, "png", new File(args[0]));
    }
}

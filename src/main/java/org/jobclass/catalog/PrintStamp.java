package org.jobclass.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * What every printout of a published revision carries so that its reader can check it: the canonical address of the
 * class page, the revision and the day it was published, its verification code and where to check it.
 */
public record PrintStamp(String address, int revision, String publishedOn, String code, String verifyAddress) {

    /** The stamp of a revision: its page's absolute address and the site's {@code /verify} address for its code. */
    public static PrintStamp of(String absoluteAddress, String absoluteVerify, long revisionId, int revision, String publishedOn) {
        String code = VerificationCode.of(revisionId);
        return new PrintStamp(absoluteAddress, revision, publishedOn, code, absoluteVerify + "?code=" + code);
    }

    /** A QR code leading to the verification of this printout, as a PNG data address for an image. */
    public String qrCodeDataUri() {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(verifyAddress, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            int scale = 4;
            var image = new java.awt.image.BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
                    java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalStateException("A verification address always fits a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

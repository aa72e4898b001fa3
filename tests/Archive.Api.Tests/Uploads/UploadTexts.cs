using System.Text;

namespace Archive.Api.Tests.Uploads;

/// <summary>
/// Short illustrative documents written for these tests, in English and Indonesian, each made unique by a marker word
/// so that tests sharing a host never upload the same bytes by accident.
/// </summary>
internal static class UploadTexts
{
    public static byte[] English(string marker) => Encoding.UTF8.GetBytes($"""
        Illustrative Note of the Working Group on Returns ({marker})

        1. The members of the working group met to review how the voluntary return of irregular migrants is arranged across the region, and they agreed that {marker} cooperation should continue.

        2. The members encouraged States to share information on safe and dignified return and on the reintegration of those who go home, with the support of the international organisations concerned.

        3. The members asked the secretariat to report on this work at the next meeting of senior officials, and to keep the records of the group in both languages.
        """);

    public static byte[] Indonesian(string marker) => Encoding.UTF8.GetBytes($"""
        Catatan Ilustratif Kelompok Kerja tentang Pemulangan ({marker})

        1. Para anggota kelompok kerja bertemu untuk meninjau bagaimana pemulangan sukarela para migran ireguler diatur di kawasan, dan mereka sepakat bahwa kerja sama {marker} harus dilanjutkan.

        2. Para anggota mendorong Negara-negara untuk berbagi informasi tentang pemulangan yang aman dan bermartabat serta tentang reintegrasi mereka yang kembali ke kampung halaman, dengan dukungan organisasi internasional terkait.

        3. Para anggota meminta sekretariat untuk melaporkan pekerjaan ini pada pertemuan pejabat senior berikutnya, dan untuk menyimpan catatan kelompok dalam kedua bahasa.
        """);
}

using System;
using System.Collections.Generic;

namespace TopologyLint.Import
{
    /// <summary>
    /// Lync's <c>Location @CountryCode</c> is free text (USA, UK, RUS): docs/import.md, "What is imported", maps it to the DSL's
    /// ISO 3166-1 alpha-2 code.
    /// </summary>
    internal static class CountryCodes
    {
        /// <summary>ISO 3166-1 alpha-3 code followed by its alpha-2 code, for every officially assigned code.</summary>
        private const string Alpha3ToAlpha2 =
            "ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATAAQ ATFTF ATGAG AUSAU AUTAT "
            + "AZEAZ BDIBI BELBE BENBJ BESBQ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL BLRBY BLZBZ BMUBM BOLBO "
            + "BRABR BRBBB BRNBN BTNBT BVTBV BWABW CAFCF CANCA CCKCC CHECH CHLCL CHNCN CIVCI CMRCM CODCD COGCG "
            + "COKCK COLCO COMKM CPVCV CRICR CUBCU CUWCW CXRCX CYMKY CYPCY CZECZ DEUDE DJIDJ DMADM DNKDK DOMDO "
            + "DZADZ ECUEC EGYEG ERIER ESHEH ESPES ESTEE ETHET FINFI FJIFJ FLKFK FRAFR FROFO FSMFM GABGA GBRGB "
            + "GEOGE GGYGG GHAGH GIBGI GINGN GLPGP GMBGM GNBGW GNQGQ GRCGR GRDGD GRLGL GTMGT GUFGF GUMGU GUYGY "
            + "HKGHK HMDHM HNDHN HRVHR HTIHT HUNHU IDNID IMNIM INDIN IOTIO IRLIE IRNIR IRQIQ ISLIS ISRIL ITAIT "
            + "JAMJM JEYJE JORJO JPNJP KAZKZ KENKE KGZKG KHMKH KIRKI KNAKN KORKR KWTKW LAOLA LBNLB LBRLR LBYLY "
            + "LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV MACMO MAFMF MARMA MCOMC MDAMD MDGMG MDVMV MEXMX MHLMH "
            + "MKDMK MLIML MLTMT MMRMM MNEME MNGMN MNPMP MOZMZ MRTMR MSRMS MTQMQ MUSMU MWIMW MYSMY MYTYT NAMNA "
            + "NCLNC NERNE NFKNF NGANG NICNI NIUNU NLDNL NORNO NPLNP NRUNR NZLNZ OMNOM PAKPK PANPA PCNPN PERPE "
            + "PHLPH PLWPW PNGPG POLPL PRIPR PRKKP PRTPT PRYPY PSEPS PYFPF QATQA REURE ROURO RUSRU RWARW SAUSA "
            + "SDNSD SENSN SGPSG SGSGS SHNSH SJMSJ SLBSB SLESL SLVSV SMRSM SOMSO SPMPM SRBRS SSDSS STPST SURSR "
            + "SVKSK SVNSI SWESE SWZSZ SXMSX SYCSC SYRSY TCATC TCDTD TGOTG THATH TJKTJ TKLTK TKMTM TLSTL TONTO "
            + "TTOTT TUNTN TURTR TUVTV TWNTW TZATZ UGAUG UKRUA UMIUM URYUY USAUS UZBUZ VATVA VCTVC VENVE VGBVG "
            + "VIRVI VNMVN VUTVU WLFWF WSMWS YEMYE ZAFZA ZMBZM ZWEZW ";

        private static readonly Dictionary<string, string> Alpha2ByAlpha3 = Parse();

        /// <summary>
        /// The alpha-2 code for <paramref name="text"/>: two upper-case letters are kept (UK, the one non-ISO code
        /// in use, becomes GB); three letters are looked up as alpha-3; anything else is null. Case and surrounding
        /// blanks are not significant.
        /// </summary>
        public static string? ToAlpha2(string text)
        {
            string code = text.Trim().ToUpperInvariant();
            if (code.Length == 2 && IsLetters(code))
            {
                return code == "UK" ? "GB" : code;
            }

            return code.Length == 3 && Alpha2ByAlpha3.TryGetValue(code, out string? alpha2) ? alpha2 : null;
        }

        private static bool IsLetters(string code)
        {
            foreach (char c in code)
            {
                if (c < 'A' || c > 'Z')
                {
                    return false;
                }
            }

            return true;
        }

        private static Dictionary<string, string> Parse()
        {
            var table = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string pair in Alpha3ToAlpha2.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                table.Add(pair.Substring(0, 3), pair.Substring(3, 2));
            }

            return table;
        }
    }
}

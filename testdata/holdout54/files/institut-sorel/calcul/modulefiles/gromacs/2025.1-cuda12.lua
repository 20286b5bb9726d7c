-- -*- lua -*-
-- Module GROMACS 2025.1 (GPU, CUDA 12.4) — cluster Lamarck, Institut Sorel
-- Généré par EasyBuild 4.9.4 puis retouché à la main (voir ticket INC-26-0207).
-- easyconfig : GROMACS-2025.1-foss-2024a-CUDA-12.4.0.eb
-- checksum source (sha256) : 0c6a74202287e8fd11bc703e80393ddbd9474c8d902a7558bfc7824d6a0716e3
-- checksum regressiontests (sha256) : 1f4f80e5e207f17ca3a7fb3ccd9a17a5e4b61780a1d2a369f0b39bb57e90ae49

help([==[

Description
===========
GROMACS est un logiciel de dynamique moléculaire (simulation de protéines,
lipides et acides nucléiques). Cette version est compilée avec CUDA, MPI
(OpenMPI 5.0.3) et le support GPU pour PME et les mises à jour (-update gpu).

Utilisation (FR)
================
  module load gromacs/2025.1-cuda12
  srun gmx_mpi mdrun -deffnm prod -ntomp $SLURM_CPUS_PER_TASK -nb gpu -pme gpu

Usage (EN)
==========
  Use gmx_mpi under srun; the thread-MPI binary "gmx" is for login-node
  preprocessing (grompp, editconf, pdb2gmx) only.

Référence : Abraham M.J. et al., SoftwareX 1-2 (2015) 19-25,
  doi:10.1016/j.softx.2015.06.001 ; manuel : doi:10.5281/zenodo.14016613

Contact : ticket support calcul (catégorie « Logiciels »)
]==])

whatis("Description: GROMACS 2025.1, molecular dynamics, CUDA 12.4 build")
whatis("Homepage: https://www.gromacs.org")
whatis("URL: https://www.gromacs.org")
whatis("Version: 2025.1")
whatis("Keywords: chemistry, molecular dynamics, GPU")

family("gromacs")
conflict("gromacs")

local root = "/opt/sorel/software/GROMACS/2025.1-foss-2024a-CUDA-12.4.0"

depends_on("foss/2024a")
depends_on("CUDA/12.4.0")
depends_on("UCX-CUDA/1.16.0-GCCcore-13.3.0-CUDA-12.4.0")
depends_on("NCCL/2.22.3-GCCcore-13.3.0-CUDA-12.4.0")
depends_on("networkx/3.4.2-gfbf-2024a")

prepend_path("CMAKE_PREFIX_PATH", root)
prepend_path("LD_LIBRARY_PATH", pathJoin(root, "lib64"))
prepend_path("LIBRARY_PATH", pathJoin(root, "lib64"))
prepend_path("MANPATH", pathJoin(root, "share/man"))
prepend_path("PATH", pathJoin(root, "bin"))
prepend_path("PKG_CONFIG_PATH", pathJoin(root, "lib64/pkgconfig"))
prepend_path("PYTHONPATH", pathJoin(root, "lib/python3.12/site-packages"))
prepend_path("XDG_DATA_DIRS", pathJoin(root, "share"))

setenv("EBROOTGROMACS", root)
setenv("EBVERSIONGROMACS", "2025.1")
setenv("EBDEVELGROMACS", pathJoin(root, "easybuild/GROMACS-2025.1-foss-2024a-CUDA-12.4.0-easybuild-devel"))
setenv("GMXLIB", pathJoin(root, "share/gromacs/top"))
setenv("GMX_MAXBACKUP", "-1")
setenv("GMX_ENABLE_DIRECT_GPU_COMM", "1")
setenv("GMX_GPU_PME_DECOMPOSITION", "1")
setenv("GMX_FORCE_UPDATE_DEFAULT_GPU", "true")

-- Licence : LGPL-2.1-or-later (pas de jeton de licence nécessaire, contrairement à
-- schrodinger/2025-1 qui lit SCHROD_LICENSE_FILE=27008@<serveur-licences>).

if (mode() == "load") then
    local gpus = os.getenv("CUDA_VISIBLE_DEVICES") or ""
    if gpus == "" then
        LmodMessage("gromacs/2025.1-cuda12 : aucun GPU visible (nœud de login ?). "
                    .. "Utilisez gmx (thread-MPI) pour la préparation seulement.")
    end
end

-- Built with EasyBuild version 4.9.4 on 2026-02-09_14-37-55
-- eb --robot --cuda-compute-capabilities=8.0,9.0 GROMACS-2025.1-foss-2024a-CUDA-12.4.0.eb

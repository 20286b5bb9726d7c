--[[
  job_submit.lua -- Bluestem (Calloway State ARC)
  Enforces: account required, GPU jobs on gpu partitions only, default walltime, SU-based limits.
  Repo: git.arc.calloway-state.edu/arc/slurm-config  (rev 92391c7c0c15f0d3bcc50f6c2a685a5231b255f7)
--]]

local DEFAULT_TIME = 60          -- minutes
local MAX_TIME_DEBUG = 30
local GPU_PARTITIONS = { gpu = true, ["gpu-a100"] = true, ["gpu-l40s"] = true }
local EXEMPT_ACCOUNTS = { ["arc-staff"] = true, ["arc-bench"] = true }
local SU_PER_GPU_HOUR = 32
local MSG_URL = "https://arc.calloway-state.edu/docs/bluestem/submitting-jobs"

local function has_gpu(job_desc)
  local t = job_desc.tres_per_node or job_desc.tres_per_job or job_desc.tres_per_task or ""
  return string.find(t, "gpu") ~= nil
end

function slurm_job_submit(job_desc, part_list, submit_uid)
  if job_desc.account == nil then
    slurm.log_user("ERROR: please specify --account. Your accounts: run `arc-accounts`. See " .. MSG_URL)
    return slurm.ESLURM_INVALID_ACCOUNT
  end
  if EXEMPT_ACCOUNTS[job_desc.account] then
    return slurm.SUCCESS
  end
  if job_desc.time_limit == slurm.NO_VAL then
    job_desc.time_limit = DEFAULT_TIME
    slurm.log_info("job_submit: uid %u no time limit, set default %d min", submit_uid, DEFAULT_TIME)
  end
  if job_desc.partition == "debug" and job_desc.time_limit > MAX_TIME_DEBUG then
    slurm.log_user("debug partition is limited to %d minutes", MAX_TIME_DEBUG)
    return slurm.ESLURM_INVALID_TIME_LIMIT
  end
  local gpu = has_gpu(job_desc)
  local part = job_desc.partition or "general"
  if gpu and not GPU_PARTITIONS[part] then
    slurm.log_user("GPU requested on partition %s; use -p gpu, gpu-a100 or gpu-l40s", part)
    return slurm.ERROR
  end
  if (not gpu) and GPU_PARTITIONS[part] then
    slurm.log_user("partition %s is reserved for GPU jobs (add --gres=gpu:N)", part)
    return slurm.ERROR
  end
  -- tag jobs for XDMoD / billing (comment is visible to the user)
  if job_desc.comment == nil then
    job_desc.comment = string.format("su_rate=%d", gpu and SU_PER_GPU_HOUR or 1)
  end
  return slurm.SUCCESS
end

function slurm_job_modify(job_desc, job_rec, part_list, modify_uid)
  if job_desc.time_limit ~= slurm.NO_VAL and job_rec.partition == "debug" and job_desc.time_limit > MAX_TIME_DEBUG then
    return slurm.ESLURM_INVALID_TIME_LIMIT
  end
  return slurm.SUCCESS
end

slurm.log_info("job_submit.lua loaded (bluestem, build 2024.12.30)")
return slurm.SUCCESS

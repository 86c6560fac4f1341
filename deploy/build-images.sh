#!/usr/bin/env bash
# Builds RuleOfLaw's images: the gateway, identity and the five services with the .NET SDK's container
# support (no Dockerfile), and each database's migration bundle on the runtime-deps image.
#   deploy/build-images.sh [--tag TAG] [--registry HOST[:PORT]] [--archive DIR] [--bundles-only | --images-only]
# --registry pushes there (log in first); without it the images go to the local container engine.
# --archive writes each part's image as a tar.gz into DIR instead (no engine needed; the base image is
#   still pulled from Microsoft's container registry). Bundles are always written to artifacts/migrations/<service>/efbundle;
#   their images need an engine (docker build).
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"

tag=latest registry="" archive="" bundles_only=false images_only=false
while [ $# -gt 0 ]; do
  case "$1" in
    --tag) tag=$2; shift 2 ;;
    --registry) registry=$2; shift 2 ;;
    --archive) archive=$(realpath -m "$2"); shift 2 ;;
    --bundles-only) bundles_only=true; shift ;;
    --images-only) images_only=true; shift ;;
    *) echo "Unknown option $1" >&2; exit 1 ;;
  esac
done

# The parts and their projects; the image of each is ruleoflaw/<name> (ContainerRepository in the project).
parts=(
  "gateway gateway/Gateway.csproj"
  "identity services/Identity/Identity.csproj"
  "decisions services/Decisions/Decisions.csproj"
  "normative-documents services/NormativeDocuments/NormativeDocuments.csproj"
  "enforcement services/Enforcement/Enforcement.csproj"
  "reconsideration services/Reconsideration/Reconsideration.csproj"
  "appraisal services/Appraisal/Appraisal.csproj"
)

require_dotnet
cd "$repo_root"

if ! $bundles_only; then
  for part in "${parts[@]}"; do
    read -r name project <<<"$part"
    args=(-c Release -t:PublishContainer "-p:ContainerImageTag=$tag" -nologo -v:q)
    [ -n "$registry" ] && args+=("-p:ContainerRegistry=$registry")
    if [ -n "$archive" ]; then
      mkdir -p "$archive"
      args+=("-p:ContainerArchiveOutputPath=$archive/$name.tar.gz")
    fi
    log "Image ruleoflaw/$name:$tag"
    dotnet publish "$project" "${args[@]}"
  done
fi

$images_only && exit 0
dotnet tool restore >/dev/null
# The bundles run on runtime-deps, the sibling of the base image the SDK gives the parts.
aspnet_base=$(dotnet msbuild gateway/Gateway.csproj -t:ComputeContainerBaseImage -getProperty:ContainerBaseImage -nologo)
runtime_deps=${aspnet_base/\/aspnet:/\/runtime-deps:}
for part in "${parts[@]}"; do
  read -r name project <<<"$part"
  [ -d "$(dirname "$project")/Data/Migrations" ] || continue
  out="$repo_root/artifacts/migrations/$name"
  log "Migration bundle of $name"
  dotnet ef migrations bundle --project "$project" --configuration Release --self-contained -r linux-x64 \
    --output "$out/efbundle" --force >/dev/null
  if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
    image="${registry:+$registry/}ruleoflaw/$name-migrations:$tag"
    docker build -q --build-arg "BASE_IMAGE=$runtime_deps" -t "$image" -f "$repo_root/deploy/migrations/Dockerfile" "$out" >/dev/null
    [ -n "$registry" ] && docker push -q "$image" >/dev/null
    log "  image $image"
  else
    log "  no container engine: the bundle is $out/efbundle; build its image with deploy/migrations/Dockerfile where one runs"
  fi
done
